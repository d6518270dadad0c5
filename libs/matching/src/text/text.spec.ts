import { ChineseTokenizer } from './chinese-tokenizer.js';
import { normalizeText } from './normalize.js';
import { SynonymTable } from './synonym-table.js';

describe('text analysis', () => {
  const tokenizer = new ChineseTokenizer({ userWords: ['正极材料'] });

  it('folds full-width forms and case', () => {
    expect(normalizeText('ＡＢＣ１２３，Li-ION')).toBe('abc123,li-ion');
  });

  it('cuts in search mode, drops stop words, punctuation and bare numbers, keeps user words whole', () => {
    const terms = tokenizer.terms('本文研究了锂离子电池的正极材料，容量为 150 mAh。');
    expect(terms).toEqual(expect.arrayContaining(['锂离子', '电池', '正极材料', 'mah']));
    for (const dropped of ['本文', '的', '，', '150', '。']) expect(terms).not.toContain(dropped);
  });

  it('makes character bigrams of CJK runs only', () => {
    expect(tokenizer.charBigrams('锂电池ab正极')).toEqual(['锂电', '电池', '正极']);
  });

  it('expands synonyms both ways, normalised', () => {
    const s = new SynonymTable([['锂离子电池', '锂电池', 'Li-ion']]);
    expect(s.synonymsOf('锂电池').sort()).toEqual(['li-ion', '锂离子电池']);
    expect(s.synonymsOf('LI-ION').sort()).toEqual(['锂电池', '锂离子电池']);
    expect(s.synonymsOf('钠电池')).toEqual([]);
  });
});
