import fc from 'fast-check';
import {
  apportion,
  fenToWan2,
  fenToWanExact,
  fenToYuan,
  formatWan,
  formatWanUnits,
  roundToUnits,
  scaledAmountText,
  toFen,
  WAN_STEP_FEN,
  wanRowsAddUp,
  contractAmountsAddUp,
  wanToFen,
  yuanToFen,
} from './index.js';

/** Amounts up to bigint's range (9.2 × 10^18 fen), signed: adjustments are negative. */
const fen = fc.bigInt({ min: -(2n ** 63n) + 1n, max: 2n ** 63n - 1n });
const unit = fc.constantFrom(1n, 2n, 3n, 100n, 10_000n, 1_000_000n);

/** The rule spelled out on exact rationals: |fen| / unit, + 1/2, floored, sign restored. */
function halfAwayFromZero(f: bigint, u: bigint): bigint {
  const twice = (2n * (f < 0n ? -f : f) + u) / (2n * u);
  return f < 0n ? -twice : twice;
}

describe('money: fen ↔ 元 ↔ 万元', () => {
  it('converts exactly both ways (元, 万元)', () => {
    fc.assert(
      fc.property(fen, (f) => {
        expect(yuanToFen(fenToYuan(f))).toBe(f);
        const wan = fenToWanExact(f);
        const neg = wan.startsWith('-');
        expect((neg ? -1n : 1n) * wanToFen(neg ? wan.slice(1) : wan)!).toBe(f);
        expect(fenToWanExact(f.toString())).toBe(wan);
      }),
    );
    expect(fenToYuan(12345n)).toBe('123.45');
    expect(fenToYuan('-5')).toBe('-0.05');
    expect(fenToWanExact('123456789')).toBe('123.456789');
    expect(fenToWanExact('-1000000')).toBe('-1');
    expect(fenToWanExact('-0')).toBe('0');
    expect(fenToWanExact('0012000000')).toBe('12');
    expect(wanToFen('123.45')).toBe(1_234_500_00n);
    expect(wanToFen('0.5')).toBe(500_000n);
    expect(wanToFen(' 200 ')).toBe(200_000_000n);
    expect(wanToFen('1.2345678')).toBeUndefined();
    expect(wanToFen('-1')).toBeUndefined();
    expect(wanToFen('abc')).toBeUndefined();
    expect(yuanToFen('123.4')).toBe(12340n);
    expect(() => yuanToFen('1.234')).toThrow(RangeError);
    expect(() => toFen(1.5)).toThrow(RangeError);
    expect(() => toFen('1e3')).toThrow(RangeError);
  });

  it('rounds once, half away from zero, to the step shown', () => {
    fc.assert(
      fc.property(fen, unit, (f, u) => {
        const q = roundToUnits(f, u);
        expect(q).toBe(halfAwayFromZero(f, u));
        // never off by half a step or more
        const err = q * u - f;
        expect(2n * (err < 0n ? -err : err) <= u).toBe(true);
        expect(roundToUnits(-f, u)).toBe(-q);
      }),
    );
    expect(fenToWan2('123455000')).toBe('123.46');
    expect(fenToWan2('-123454999')).toBe('-123.45');
    expect(fenToWan2('1000')).toBe('0.00');
    expect(fenToWan2('9223372036854775807')).toBe('9223372036854.78');
  });

  it('shows 994.505 万元 as 994.51 wherever it appears, and 994.504999 万元 as 994.50 (no rounding through 元 first)', () => {
    expect(formatWan('994505000', { fixed: true })).toBe('994.51');
    expect(formatWan('994504999', { fixed: true })).toBe('994.50');
    expect(formatWan('994504999')).toBe('994.5');
    expect(formatWan(200_000_000n)).toBe('200');
    expect(formatWan('123456789000')).toBe('123,456.79');
    expect(formatWan(-30_000_000n)).toBe('-30');
  });

  it('apportions rounded rows so that they add up to the rounded total, each within one step', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), { maxLength: 40 }), unit, (parts, u) => {
        const shares = apportion(parts, u);
        const total = parts.reduce((s, p) => s + p, 0n);
        expect(shares.reduce((s, x) => s + x, 0n)).toBe(roundToUnits(total, u));
        parts.forEach((p, i) => {
          const floor = p >= 0n || p % u === 0n ? p / u : p / u - 1n;
          // floor or floor + 1, and + 1 only where something was cut off
          expect([floor, floor + 1n]).toContain(shares[i]);
          if (p % u === 0n) expect(shares[i]).toBe(p / u);
          // hence less than one step from the exact row
          const err = shares[i]! * u - p;
          expect((err < 0n ? -err : err) < u).toBe(true);
        });
      }),
    );
    // the dashboard's case: three regions of 331.501666… 万元 each under a total of 994.505 万元
    const rows = [331_501_667n, 331_501_667n, 331_501_666n];
    expect(apportion(rows, WAN_STEP_FEN).map((u) => formatWanUnits(u, { fixed: true }))).toEqual([
      '331.51',
      '331.50',
      '331.50',
    ]);
    expect(
      formatWan(
        rows.reduce((s, r) => s + r, 0n),
        { fixed: true },
      ),
    ).toBe('994.51');
  });

  it('names amounts in 元, 万元 or 亿元 by size', () => {
    expect(scaledAmountText(yuanToFen('50000000.00'))).toBe('5,000 万元');
    expect(scaledAmountText(yuanToFen('150000000'))).toBe('1.5 亿元');
    expect(scaledAmountText(yuanToFen('9999.99'))).toBe('9,999.99 元');
    expect(scaledAmountText(yuanToFen('12345.67'))).toBe('1.23 万元');
    expect(scaledAmountText(0n)).toBe('0 元');
  });

  it('checks both amounts of contract rows', () => {
    const row = (contractAmountFen: string, techAmountFen: string) => ({ contractAmountFen, techAmountFen });
    const exact = row('1254400000', '852371200');
    expect(contractAmountsAddUp([exact, exact], row('2508800000', '1704742400'))).toBe(true);
    // the technology amounts round apart (852.38 ×2 against 1,704.75) while the contract amounts add up
    const off = row('1254400000', '852376218');
    expect(contractAmountsAddUp([off, off], row('2508800000', '1704752436'))).toBe(false);
  });

  it('says whether independently rounded rows add up to their rounded total', () => {
    // 331.501667 + 331.501667 + 331.501666 = 994.505 → rows 331.50 ×3 = 994.50, total 994.51
    expect(wanRowsAddUp([331_501_667n, 331_501_667n, 331_501_666n], 994_505_000n)).toBe(false);
    // 1,254.4355 + 852.376218 → 1,254.44 + 852.38 = 2,106.82 under a total of 2,106.811718 → 2,106.81
    expect(wanRowsAddUp(['1254435500', '852376218'], 1_254_435_500n + 852_376_218n)).toBe(false);
    // 1,254.4355 + 852.3712 → 1,254.44 + 852.37 = 2,106.81 = round(2,106.8067)
    expect(wanRowsAddUp(['1254435500', '852371200'], 1_254_435_500n + 852_371_200n)).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { maxLength: 8 }), (rows) => {
        const total = rows.reduce((s, r) => s + r, 0n);
        const shown = rows.reduce((s, r) => s + BigInt(fenToWan2(r).replace('.', '')), 0n);
        expect(wanRowsAddUp(rows, total)).toBe(shown === BigInt(fenToWan2(total).replace('.', '')));
      }),
    );
  });
});
