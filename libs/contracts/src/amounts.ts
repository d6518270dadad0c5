import { toFen } from '../../shared/money/index.js';

/**
 * Money is an integer number of fen. Amounts travel as decimal strings (JSON numbers lose
 * precision above 2^53) and are compared as BigInt; PostgreSQL stores them as bigint.
 */

/** The largest amount we accept: 9 × 10^18 fen stays below bigint's 2^63 − 1 with headroom for sums of a few. */
export const MAX_FEN = 9_000_000_000_000_000_000n;

const FEN_PATTERN = /^(0|[1-9][0-9]{0,18})$/;

export type FenProblem = 'not_integer' | 'negative' | 'overflow';

/** Parses a fen amount (decimal string or safe integer); a problem code when it is not acceptable. */
export function parseFen(value: unknown): { ok: true; fen: bigint } | { ok: false; problem: FenProblem } {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      return { ok: false, problem: Number.isInteger(value) ? 'overflow' : 'not_integer' };
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return { ok: false, problem: 'not_integer' };
  }
  if (/^-[0-9]+$/.test(text)) return /^-0+$/.test(text) ? { ok: true, fen: 0n } : { ok: false, problem: 'negative' };
  if (/^[0-9]{20,}$/.test(text)) return { ok: false, problem: 'overflow' };
  if (!FEN_PATTERN.test(text)) return { ok: false, problem: 'not_integer' };
  const fen = BigInt(text);
  if (fen > MAX_FEN) return { ok: false, problem: 'overflow' };
  return { ok: true, fen };
}

export const FEN_PROBLEM_MESSAGES: Record<FenProblem, string> = {
  not_integer: '必须是以分为单位的非负整数（字符串或整数）',
  negative: '金额不能为负数',
  overflow: `金额超出上限（${MAX_FEN} 分）`,
};

/** A field problem in the shape of VALIDATION_FAILED details. */
export interface AmountFieldError {
  field: string;
  messages: string[];
}

/**
 * 合同成交额 ≥ 技术交易额 ≥ 0: the technology part is what remains after deducting equipment,
 * materials and other non-technical costs, so it can never exceed the whole contract.
 */
export function checkContractAmounts(
  contract: unknown,
  tech: unknown,
  fields = { contract: 'contractAmountFen', tech: 'techAmountFen' },
): { ok: true; contractFen: bigint; techFen: bigint } | { ok: false; errors: AmountFieldError[] } {
  const c = parseFen(contract);
  const t = parseFen(tech);
  const errors: AmountFieldError[] = [];
  if (!c.ok) errors.push({ field: fields.contract, messages: [FEN_PROBLEM_MESSAGES[c.problem]] });
  if (!t.ok) errors.push({ field: fields.tech, messages: [FEN_PROBLEM_MESSAGES[t.problem]] });
  if (c.ok && t.ok) {
    if (t.fen > c.fen) errors.push({ field: fields.tech, messages: ['技术交易额不能大于合同成交额'] });
    else return { ok: true, contractFen: c.fen, techFen: t.fen };
  }
  return { ok: false, errors };
}

/** A bigint column as TypeORM returns it (a string), checked rather than trusted. */
export function fenFromDb(value: string | number | null): bigint | null {
  return value === null ? null : toFen(value);
}
