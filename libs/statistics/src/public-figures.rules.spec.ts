import { monthsToWithhold, shown } from './public-figures.rules.js';
import { addTotals, ZERO, type Totals } from './stats-query.repository.js';

const t = (count: number, yuan = count * 100_000): Totals => ({
  count,
  contractAmountFen: String(yuan * 100),
  techAmountFen: String(yuan * 50),
});

describe('public figures: amounts of fewer than three contracts are withheld', () => {
  it('shows a total of three or more contracts, withholds the amounts of one or two, shows zero', () => {
    expect(shown(t(3))).toEqual({ ...t(3), withheld: false });
    expect(shown(t(2))).toEqual({ count: 2, contractAmountFen: null, techAmountFen: null, withheld: true });
    expect(shown(t(1)).withheld).toBe(true);
    expect(shown(ZERO).withheld).toBe(false);
  });

  it('withholds a second month beside a lone withheld one, the smallest of the rest', () => {
    expect(monthsToWithhold([t(5), t(1), t(0), t(4), t(9)])).toEqual([false, true, false, true, false]);
    // two withheld months already hide each other
    expect(monthsToWithhold([t(1), t(2), t(7)])).toEqual([true, true, false]);
    expect(monthsToWithhold([t(3), t(4)])).toEqual([false, false]);
    // alone in its year: the year's total then has fewer than three contracts and is withheld itself
    expect(monthsToWithhold([t(0), t(2), t(0)])).toEqual([false, true, false]);
  });

  it('never leaves exactly one withheld month that the year total would reveal (property)', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    for (let run = 0; run < 2_000; run++) {
      const months = Array.from({ length: 1 + rnd(12) }, () => t(rnd(5)));
      const hidden = monthsToWithhold(months);
      const total = months.reduce(addTotals, ZERO);
      const hiddenMonths = months.filter((_, i) => hidden[i]);
      // revealed = total − visible months: it must not be a single small month
      const totalShown = !shown(total).withheld;
      if (totalShown) expect(hiddenMonths.length === 0 || hiddenMonths.length >= 2).toBe(true);
      months.forEach((m, i) => {
        if (m.count > 0 && m.count < 3) expect(hidden[i]).toBe(true);
      });
    }
  });
});
