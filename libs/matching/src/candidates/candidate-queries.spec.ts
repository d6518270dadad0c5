import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { candidateQueries, MAX_ENGINE_QUERY_WORDS } from './candidate-queries.js';

describe('candidateQueries', () => {
  const tokenizer = new ChineseTokenizer({ userWords: ['锂离子电池', '正极材料'] });
  const idf = (w: string) => (w === '未知词' ? 0 : w.length);
  const text = {
    description:
      '本文研究了锂离子电池正极材料的制备工艺，通过高温固相法合成了磷酸铁锂，测试了材料的循环性能和倍率性能，并与商业样品对比，结果表明循环寿命显著提高。',
  };

  it('keeps every query within the engine word limit and covers the need in windows', () => {
    const qs = candidateQueries(tokenizer, idf, text, {
      windowWords: 6,
      keywordQueries: 1,
      keywordsPerQuery: 4,
      wordQueries: 0,
    });
    for (const q of qs) expect(q.split(' ').length).toBeLessThanOrEqual(MAX_ENGINE_QUERY_WORDS);
    const covered = new Set(qs.flatMap((q) => q.split(' ')));
    for (const w of tokenizer.words(text.description)) expect(covered.has(w)).toBe(true);
  });

  it('puts the most distinctive words first and searches synonyms of the top words', () => {
    const qs = candidateQueries(
      tokenizer,
      idf,
      text,
      { windowWords: 0, keywordQueries: 1, keywordsPerQuery: 3, wordQueries: 2 },
      (w) => (w === '锂离子电池' ? ['锂电池'] : []),
    );
    expect(qs[0].split(' ')[0]).toBe('锂离子电池');
    expect(qs).toContain('锂离子电池');
    expect(qs).toContain('锂电池');
  });

  it('leaves out words no listing contains', () => {
    const qs = candidateQueries(
      tokenizer,
      idf,
      { description: '未知词 锂离子电池' },
      { windowWords: 8, keywordQueries: 1, keywordsPerQuery: 5, wordQueries: 2 },
    );
    expect(qs.join(' ')).not.toContain('未知词');
  });
});
