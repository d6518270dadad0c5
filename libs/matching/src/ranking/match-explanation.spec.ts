import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { highlightTerms } from './highlight-terms.js';
import { explainMatch, regionRelation, structuredBonus, type ListingFacts } from './match-explanation.js';
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

  it('cuts long texts around the first term', () => {
    const out = highlightTerms(`${'甲'.repeat(300)}锂电池${'乙'.repeat(300)}`, ['锂电池'], 50);
    expect(out.startsWith('…')).toBe(true);
    expect(out).toContain('<em>锂电池</em>');
  });
});
