import { bookTitle, quoted } from './book-title.js';

describe('bookTitle: one pair of 书名号 around a document title', () => {
  it('wraps a bare title once', () => {
    expect(bookTitle('淮北市加快科技成果转移转化行动方案')).toBe('《淮北市加快科技成果转移转化行动方案》');
  });

  it('does not wrap a title that already carries its marks again (typed by a clerk, or in the seed)', () => {
    expect(bookTitle('《淮北市加快科技成果转移转化行动方案》')).toBe('《淮北市加快科技成果转移转化行动方案》');
    expect(bookTitle(' 《《西畴县实施方案》》 ')).toBe('《西畴县实施方案》');
  });

  it('marks a title inside the title with 〈〉, so that no 《《 or 》》 is ever printed', () => {
    const seed =
      '利辛县科技局党组书记、局长武子江解读《利辛县落实科技创新体制机制改革加快科技成果转化应用体系建设实施方案》';
    expect(bookTitle(seed)).toBe(
      '《利辛县科技局党组书记、局长武子江解读〈利辛县落实科技创新体制机制改革加快科技成果转化应用体系建设实施方案〉》',
    );
    expect(bookTitle('对第293号《关于推动科技成果转化的建议》的答复')).toBe(
      '《对第293号〈关于推动科技成果转化的建议〉的答复》',
    );
    // two titles side by side are not one enclosed title
    expect(bookTitle('《甲方案》和《乙方案》')).toBe('《〈甲方案〉和〈乙方案〉》');
  });

  it('yields exactly one 《 (first) and one 》 (last), whatever the input', () => {
    for (const t of ['《', '》', '《《', '》》', '《a》》', '《《a》', 'a《b《c》》', '', '《》', '》a《']) {
      const out = bookTitle(t);
      expect([out.split('《').length - 1, out.split('》').length - 1]).toEqual([1, 1]);
      expect(out.startsWith('《') && out.endsWith('》')).toBe(true);
    }
  });
});

describe('quoted: a quotation inside a quotation takes single marks', () => {
  it('quotes once, the inner quotation in ‘’', () => {
    expect(quoted('累计转化科技成果超过160项')).toBe('“累计转化科技成果超过160项”');
    expect(quoted('规上工业企业“扩面清零”')).toBe('“规上工业企业‘扩面清零’”');
  });
});
