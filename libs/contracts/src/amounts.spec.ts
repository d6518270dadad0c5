import { checkContractAmounts, MAX_FEN, parseFen } from './amounts.js';

describe('fen amounts', () => {
  it('accepts non-negative integers as strings or safe numbers', () => {
    expect(parseFen('0')).toEqual({ ok: true, fen: 0n });
    expect(parseFen('123456789012345678')).toEqual({ ok: true, fen: 123456789012345678n });
    expect(parseFen(100)).toEqual({ ok: true, fen: 100n });
    expect(parseFen(MAX_FEN.toString())).toEqual({ ok: true, fen: MAX_FEN });
  });

  it('rejects negatives, fractions, junk and overflow with a reason', () => {
    expect(parseFen('-1')).toEqual({ ok: false, problem: 'negative' });
    expect(parseFen(-5)).toEqual({ ok: false, problem: 'negative' });
    expect(parseFen('1.5')).toEqual({ ok: false, problem: 'not_integer' });
    expect(parseFen(1.5)).toEqual({ ok: false, problem: 'not_integer' });
    expect(parseFen('01')).toEqual({ ok: false, problem: 'not_integer' });
    expect(parseFen('1e3')).toEqual({ ok: false, problem: 'not_integer' });
    expect(parseFen(null)).toEqual({ ok: false, problem: 'not_integer' });
    expect(parseFen((MAX_FEN + 1n).toString())).toEqual({ ok: false, problem: 'overflow' });
    expect(parseFen('99999999999999999999999')).toEqual({ ok: false, problem: 'overflow' });
    expect(parseFen(2 ** 60)).toEqual({ ok: false, problem: 'overflow' });
  });

  it('requires 技术交易额 ≤ 合同成交额 and names the field', () => {
    expect(checkContractAmounts('1000', '1000')).toEqual({ ok: true, contractFen: 1000n, techFen: 1000n });
    expect(checkContractAmounts('1000', '0')).toMatchObject({ ok: true });
    expect(checkContractAmounts('1000', '1001')).toEqual({
      ok: false,
      errors: [{ field: 'techAmountFen', messages: ['技术交易额不能大于合同成交额'] }],
    });
    const both = checkContractAmounts('-1', '1e9');
    expect(both.ok).toBe(false);
    expect(!both.ok && both.errors.map((e) => e.field)).toEqual(['contractAmountFen', 'techAmountFen']);
  });
});
