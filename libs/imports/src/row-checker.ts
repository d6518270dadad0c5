import { isValidCreditCode, normalizeCreditCode } from '../../identity/src/rules.js';
import type { ColumnSpec } from './columns.js';
import type { ImportProblem } from './import.types.js';
import { ProblemCode } from './imports.errors.js';
import { isPhone } from '../../shared/validation/index.js';
import { lookupField, lookupRegion, type ReferenceData } from './reference-data.js';
import { parseDate, parseYuanFen, splitList } from './values.js';

/** Header by column key, per template (built once, not for every row). */
const HEADERS = new WeakMap<readonly ColumnSpec[], Map<string, string>>();
function headersOf(specs: readonly ColumnSpec[]): Map<string, string> {
  let map = HEADERS.get(specs);
  if (!map) HEADERS.set(specs, (map = new Map(specs.map((s) => [s.key, s.header]))));
  return map;
}

/** One row's cells by column key, checked cell by cell; each failed check adds a coded problem under the column's header. */
export class RowChecker {
  readonly problems: ImportProblem[] = [];
  private readonly header: Map<string, string>;

  constructor(
    readonly row: number,
    readonly rec: Record<string, string>,
    specs: readonly ColumnSpec[],
  ) {
    this.header = headersOf(specs);
  }

  problem(key: string, code: string, message: string): undefined {
    this.problems.push({ row: this.row, column: this.header.get(key) ?? key, code, message });
    return undefined;
  }

  text(key: string, o: { required?: boolean; min?: number; max?: number } = {}): string | null {
    const v = this.rec[key] ?? '';
    if (!v) {
      if (o.required) this.problem(key, ProblemCode.REQUIRED, '必填项为空');
      return null;
    }
    // Characters are code points; counting them copies the text, so only when the UTF-16 length
    // (between one and two units a code point) cannot decide.
    if (o.max !== undefined && v.length > o.max && [...v].length > o.max)
      return this.problem(key, ProblemCode.TOO_LONG, `不能超过 ${o.max} 个字`) ?? null;
    if (o.min !== undefined && v.length < 2 * o.min && [...v].length < o.min)
      return this.problem(key, ProblemCode.BAD_VALUE, `至少 ${o.min} 个字`) ?? null;
    return v;
  }

  region(key: string, ref: ReferenceData, o: { required?: boolean; scoped?: boolean }): string | null | undefined {
    const v = this.text(key, { required: o.required });
    if (v === null) return null;
    const hit = lookupRegion(ref, v);
    if (!hit.ok) {
      return hit.code === 'ambiguous'
        ? this.problem(key, ProblemCode.AMBIGUOUS_REGION, `地区名称“${v}”对应多个地区，请填写 6 位行政区划代码`)
        : this.problem(key, ProblemCode.UNKNOWN_REGION, `未知的地区“${v}”`);
    }
    if (o.scoped && ref.scope && !ref.scope.has(hit.code))
      return this.problem(key, ProblemCode.REGION_OUT_OF_SCOPE, `地区 ${hit.code} 不在本局辖区内`);
    return hit.code;
  }

  field(ref: ReferenceData): string | undefined {
    const v = this.text('techField', { required: true });
    if (v === null) return undefined;
    const hit = lookupField(ref, v);
    return hit.ok ? hit.code : this.problem('techField', ProblemCode.UNKNOWN_TECH_FIELD, `未知的技术领域“${v}”`);
  }

  creditCode(key: string, required: boolean): string | null | undefined {
    const v = this.text(key, { required });
    if (v === null) return required ? undefined : null;
    const code = normalizeCreditCode(v);
    return isValidCreditCode(code)
      ? code
      : this.problem(key, ProblemCode.BAD_CREDIT_CODE, `“${v}”不是有效的统一社会信用代码`);
  }

  /** A telephone number by the rule the listing forms and the API apply (libs/shared/validation), as long as they allow. */
  phone(key: string, max: number): string | null | undefined {
    const v = this.text(key, { max });
    if (v === null) return null;
    return isPhone(v)
      ? v
      : this.problem(key, ProblemCode.BAD_PHONE, `“${v}”不是电话号码，请填写如 0558-1234567 或 13800000000`);
  }

  fen(key: string, required: boolean): string | null | undefined {
    const v = this.text(key, { required });
    if (v === null) return required ? undefined : null;
    const r = parseYuanFen(v);
    if (r.ok) return r.fen;
    if (r.problem === 'negative') return this.problem(key, ProblemCode.AMOUNT_OUT_OF_RANGE, '金额不能为负数');
    if (r.problem === 'range') return this.problem(key, ProblemCode.AMOUNT_OUT_OF_RANGE, '金额超出上限（10 万亿元）');
    return this.problem(key, ProblemCode.NOT_A_NUMBER, `“${v}”不是数字（单位：元，最多两位小数）`);
  }

  date(key: string, required: boolean): string | null | undefined {
    const v = this.text(key, { required });
    if (v === null) return required ? undefined : null;
    return parseDate(v) ?? this.problem(key, ProblemCode.BAD_DATE, `“${v}”不是有效日期（如 2024-05-20）`);
  }

  codes<T extends string>(
    key: string,
    names: Record<string, T>,
    allowed: readonly T[],
    required: boolean,
  ): T[] | undefined {
    const v = this.text(key, { required });
    if (v === null) return required ? undefined : [];
    const out: T[] = [];
    for (const item of splitList(v)) {
      const code = names[item] ?? (allowed.includes(item as T) ? (item as T) : undefined);
      if (!code)
        return this.problem(key, ProblemCode.BAD_VALUE, `无法识别“${item}”，可选：${Object.keys(names).join('、')}`);
      if (!out.includes(code)) out.push(code);
    }
    return out;
  }
}
