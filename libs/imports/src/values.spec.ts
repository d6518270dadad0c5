import fc from 'fast-check';
import { cellText } from './parsing/cell-text.js';
import { normalizeHeader, mapHeader, recordOf } from './header-mapping.js';
import { COLUMNS } from './columns.js';
import { parseDate, parseYesNo, parseYuan, parseYuanFen, splitList } from './values.js';

describe('parseYuan', () => {
  it('turns 元 with up to two decimals into fen', () => {
    expect(parseYuan('1234.5')).toEqual({ ok: true, fen: 123450n });
    expect(parseYuan('1,234,567.89')).toEqual({ ok: true, fen: 123456789n });
    expect(parseYuan('¥ 100')).toEqual({ ok: true, fen: 10000n });
    expect(parseYuan('0.3000000000000000')).toEqual({ ok: true, fen: 30n });
    expect(parseYuan('0')).toEqual({ ok: true, fen: 0n });
  });

  it('refuses text, formulas, three decimals, negatives and absurd amounts', () => {
    expect(parseYuan('十万')).toEqual({ ok: false, problem: 'nan' });
    expect(parseYuan('=100*2')).toEqual({ ok: false, problem: 'nan' });
    expect(parseYuan('1.234')).toEqual({ ok: false, problem: 'nan' });
    expect(parseYuan('1,23')).toEqual({ ok: false, problem: 'nan' });
    expect(parseYuan('-5')).toEqual({ ok: false, problem: 'negative' });
    expect(parseYuan('100000000000000000')).toEqual({ ok: false, problem: 'range' });
  });
});

describe('parseDate, parseYesNo, splitList', () => {
  it('accepts the usual Chinese spreadsheet date forms and refuses impossible dates', () => {
    expect(parseDate('2024-05-20')).toBe('2024-05-20');
    expect(parseDate('2024/5/2')).toBe('2024-05-02');
    expect(parseDate('2024年5月2日')).toBe('2024-05-02');
    expect(parseDate('2023-02-29')).toBeUndefined();
    expect(parseDate('昨天')).toBeUndefined();
  });

  it('knows the calendar as Date does: leap years, month lengths, no month or day 0', () => {
    const viaDate = (iso: string) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
    };
    for (const year of ['1900', '2000', '2023', '2024', '2100', '0000'])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect([iso, parseDate(iso)]).toEqual([iso, viaDate(iso)]);
        }
  });

  it('reads yes/no and lists', () => {
    expect(parseYesNo('是')).toBe(true);
    expect(parseYesNo('')).toBe(false);
    expect(parseYesNo('也许')).toBeUndefined();
    expect(splitList('转让、许可, 合作；其他')).toEqual(['转让', '许可', '合作', '其他']);
  });
});

describe('cellText', () => {
  it('keeps a formula as its text and never uses a computed result', () => {
    expect(cellText({ formula: 'SUM(A1:A3)', result: 6 })).toBe('=SUM(A1:A3)');
    expect(cellText({ sharedFormula: 'B2', result: 7 })).toBe('=');
    expect(cellText({ richText: [{ text: '高镍' }, { text: '正极' }] })).toBe('高镍正极');
    expect(cellText(new Date('2024-05-20T00:00:00Z'))).toBe('2024-05-20');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(null)).toBe('');
  });
});

describe('header mapping', () => {
  it('maps by name in any order, ignores extra columns and required markers', () => {
    expect(normalizeHeader(' 转让价格(元) * ')).toBe(normalizeHeader('转让价格（元）'));
    const m = mapHeader(
      ['备注', '技术领域*', '成果名称', '成果简介', '完成单位统一社会信用代码', '成果类型', '技术成熟度', '转化方式'],
      COLUMNS.achievements,
    );
    expect(m.extra).toEqual(['备注']);
    expect(recordOf(['x', '05', ' 标题 ', '简介', 'CC', '应用技术', '6', '转让'], m)).toMatchObject({
      techField: '05',
      title: '标题',
    });
  });

  it('fails with MISSING_COLUMNS naming every missing required column', () => {
    expect(() => mapHeader(['成果名称', '成果简介'], COLUMNS.achievements)).toThrow(
      expect.objectContaining({ code: 'MISSING_COLUMNS', message: expect.stringContaining('技术领域') }),
    );
  });
});

describe('the fast paths read as the general ones', () => {
  it('parseYuanFen answers what parseYuan does, in fen as text', () => {
    const amount = fc.oneof(
      fc.tuple(fc.stringMatching(/^\d{1,15}$/), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined })),
      fc.tuple(
        fc.constantFrom('¥1,234.5', '-0', '-12', '1e5', '12.345', '12.300', '', '元', '0.00'),
        fc.constant(undefined),
      ),
    );
    fc.assert(
      fc.property(amount, ([int, dec]) => {
        const text = dec === undefined ? int : `${int}.${dec}`;
        const general = parseYuan(text);
        expect(parseYuanFen(text)).toEqual(general.ok ? { ok: true, fen: general.fen.toString() } : general);
      }),
      { numRuns: 500 },
    );
  });

  it('parseDate reads YYYY-MM-DD as it reads the same day written YYYY/M/D', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(parseDate(iso)).toBe(parseDate(`${y}/${m}/${d}`));
        },
      ),
      { numRuns: 500 },
    );
  });
});
