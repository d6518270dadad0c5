import fc from 'fast-check';
import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { highlightTerms } from './highlight-terms.js';
import {
  explainMatch,
  isDistinctiveTerm,
  regionRelation,
  sharedKeyTerms,
  structuredBonus,
  type ListingFacts,
} from './match-explanation.js';
import { SCORING } from './scoring-weights.js';

const tokenizer = new ChineseTokenizer({ userWords: ['锂电池', '正极材料'] });
const need: ListingFacts = {
  title: '锂电池正极材料改性需求',
  description: '需要提高正极材料的循环寿命，预算 50 万元。',
  keywords: [],
  techFieldCode: '06',
  regionCode: '341623',
  regionCodes: ['341623', '341600', '340000'],
  cooperationModes: ['transfer'],
  budgetMaxFen: 50_000_000,
};
const achievement: ListingFacts = {
  title: '高镍正极材料包覆技术',
  description: '氧化铝包覆提高了锂电池正极材料的循环寿命。',
  keywords: ['正极材料'],
  techFieldCode: '06',
  regionCode: '341602',
  regionCodes: ['341602', '341600', '340000'],
  trl: 7,
  transferModes: ['transfer', 'licence'],
  priceFen: 30_000_000,
};

describe('explainMatch', () => {
  const e = explainMatch(tokenizer, (t) => t.length, need, achievement);

  it('shows only terms that occur in both texts', () => {
    expect(e.sharedTerms.length).toBeGreaterThan(0);
    const norm = (l: ListingFacts) => [l.title, ...l.keywords, l.description].join(' ').toLowerCase();
    for (const t of e.sharedTerms) {
      expect(norm(need)).toContain(t);
      expect(norm(achievement)).toContain(t);
    }
    expect(e.sharedTerms).toContain('正极材料');
    expect(e.sharedTerms).not.toContain('材料');
  });

  it('reports field, maturity, mode, budget and region fit', () => {
    expect(e.sameTechField).toBe(true);
    expect(e.trl).toEqual({ value: 7, fit: 'ready' });
    expect(e.transferMode).toEqual({ fit: 'match', common: ['transfer'] });
    expect(e.budget.fit).toBe('within_budget');
    expect(e.region).toEqual({ relation: 'same_city', commonRegionCode: '341600' });
    expect(structuredBonus(e, SCORING.structured)).toBeGreaterThan(0);
  });

  it('says when the price is over budget or negotiable and when modes do not fit', () => {
    const over = explainMatch(tokenizer, () => 1, need, {
      ...achievement,
      priceFen: 90_000_000,
      transferModes: ['equity'],
    });
    expect(over.budget.fit).toBe('over_budget');
    expect(over.transferMode.fit).toBe('no_match');
    expect(
      explainMatch(tokenizer, () => 1, need, { ...achievement, priceFen: null, negotiable: true }).budget.fit,
    ).toBe('negotiable');
  });

  it('classifies the closest common region', () => {
    expect(regionRelation(need, { ...achievement, regionCode: '341623' }).relation).toBe('same_region');
    expect(regionRelation(need, { ...achievement, regionCode: '340100', regionCodes: ['340100', '340000'] })).toEqual({
      relation: 'same_province',
      commonRegionCode: '340000',
    });
    expect(
      regionRelation(need, { ...achievement, regionCode: '110101', regionCodes: ['110101', '110000'] }).relation,
    ).toBe('other');
  });
});

describe('highlightTerms', () => {
  it('escapes HTML and wraps the terms', () => {
    expect(highlightTerms('<b>锂电池</b>正极材料', ['正极材料', '锂电池'])).toBe(
      '&lt;b&gt;<em>锂电池</em>&lt;/b&gt;<em>正极材料</em>',
    );
  });

  it('finds a term folded as the tokenizer folds it and shows the text as its author wrote it', () => {
    // NFKC changes lengths here (Ⅰ → i, ～ → ~, ℃ → °c): the title must not come back lower-cased.
    expect(highlightTerms('HPLC紫外检测法测定辣椒制品中苏丹红Ⅰ～Ⅳ号含量的研究', ['hplc', '苏丹红'])).toBe(
      '<em>HPLC</em>紫外检测法测定辣椒制品中<em>苏丹红</em>Ⅰ～Ⅳ号含量的研究',
    );
    expect(highlightTerms('LSGMC膜经1 400℃烧结10 h', ['lsgmc', '°c'])).toBe(
      '<em>LSGMC</em>膜经1 400<em>℃</em>烧结10 h',
    );
    expect(highlightTerms('ＡＢＣ材料', ['abc'])).toBe('<em>ＡＢＣ</em>材料');
    expect(highlightTerms('𠀀锂电池', ['锂电池'])).toBe('𠀀<em>锂电池</em>');
  });

  it('never changes the text it marks: without its tags it reads as the original, for any text and terms', () => {
    const pieces = ['锂', '电池', 'A', 'b', 'Ｃ', '℃', 'Ⅳ', '～', 'ﬁ', '𠀀', ' ', '<', '&', 'é', '\u0301'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(
        text,
        fc.array(fc.constantFrom('锂电池', 'abc', '°c', 'iv', 'fi', 'a', '~'), { maxLength: 3 }),
        (t, terms) => {
          const out = highlightTerms(t, terms, 1000);
          const plain = out
            .replace(/<\/?em>/g, '')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&');
          expect(plain).toBe(t);
        },
      ),
    );
  });

  it('cuts long texts around the first term', () => {
    const out = highlightTerms(`${'甲'.repeat(300)}锂电池${'乙'.repeat(300)}`, ['锂电池'], 50);
    expect(out.startsWith('…')).toBe(true);
    expect(out).toContain('<em>锂电池</em>');
  });
});

describe('shared key terms', () => {
  it('keeps words rare in the corpus and drops the frequent ones, by document frequency (no word list)', () => {
    // 1000 listings: 制备 in 42 (4.2 %), 储能 in 3
    expect(isDistinctiveTerm('制备', 42, 1000)).toBe(false);
    expect(isDistinctiveTerm('储能', 3, 1000)).toBe(true);
    expect(isDistinctiveTerm('纳米', 30, 1000)).toBe(true);
    // a small corpus: a word in up to 5 listings still counts as distinctive
    expect(isDistinctiveTerm('硬碳', 2, 12)).toBe(true);
    expect(isDistinctiveTerm('材料', 9, 12)).toBe(false);
  });

  it('never shows the general words of a write-up, however rare they are in a small market', () => {
    for (const w of ['解决', '市场', '进展', '制品', '适用', '技术']) expect(isDistinctiveTerm(w, 1, 40)).toBe(false);
    expect(isDistinctiveTerm('铌', 1, 40)).toBe(false); // one character
    expect(isDistinctiveTerm('超导', 1, 40)).toBe(true);
    // an enterprise's need: its own words and quantities say nothing about the pair
    for (const w of ['公司', '年产', '每吨', '万吨', '小于']) expect(isDistinctiveTerm(w, 1, 40)).toBe(false);
  });

  it('never shows two characters cut out of a phrase (高岭岩为原料 → 岩为), yet keeps two-character words', () => {
    for (const w of ['岩为', '的煅', '于高']) expect(isDistinctiveTerm(w, 1, 40)).toBe(false);
    for (const w of ['剥片', '增白', '井下', '上游']) expect(isDistinctiveTerm(w, 1, 40)).toBe(true);
  });

  it('never shows a single letter, character or a bare number', () => {
    expect(isDistinctiveTerm('g', 1, 1000)).toBe(false);
    expect(isDistinctiveTerm('钠', 1, 1000)).toBe(false);
    expect(isDistinctiveTerm('2025', 1, 1000)).toBe(false);
    expect(isDistinctiveTerm('3.5', 1, 1000)).toBe(false);
    expect(isDistinctiveTerm('PVDF', 1, 1000)).toBe(true);
  });

  it('shows only the kept terms both texts use, most distinctive first', () => {
    const df: Record<string, number> = { 硬碳: 2, 负极: 3, 制备: 40, 材料: 60, g: 1 };
    const terms = sharedKeyTerms(
      new Set(['硬碳', '负极', '制备', '材料', 'g', '钠离子']),
      ['材料', '制备', '负极', '硬碳', 'g', '锂'],
      (t) => 100 - (df[t] ?? 0),
      8,
      (t) => isDistinctiveTerm(t, df[t] ?? 0, 1000),
    );
    expect(terms).toEqual(['硬碳', '负极']);
  });
});
