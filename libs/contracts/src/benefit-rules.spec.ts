import { benefitShareProblems, benefitWarnings } from './benefit-rules.js';

const xichou = ['532623', '532600', '530000'];
const huaibeiCounty = ['340621', '340600', '340000'];
const lixin = ['341623', '341600', '340000'];

describe('benefit distribution', () => {
  it('warns under 西畴 60 % for the team, which overrides the national 50 %', () => {
    const w = benefitWarnings(xichou, { teamPercent: 55, staffPercent: null });
    expect(w).toEqual([
      expect.objectContaining({
        code: 'TEAM_SHARE_BELOW_MINIMUM',
        minPercent: 60,
        regionCode: '532623',
        actualPercent: 55,
      }),
    ]);
    expect(benefitWarnings(xichou, { teamPercent: 60, staffPercent: null })).toEqual([]);
  });

  it('applies the national 50 % elsewhere', () => {
    expect(benefitWarnings(lixin, { teamPercent: 55, staffPercent: 1 })).toEqual([]);
    expect(benefitWarnings(lixin, { teamPercent: 49.99, staffPercent: null })).toEqual([
      expect.objectContaining({ code: 'TEAM_SHARE_BELOW_MINIMUM', minPercent: 50, regionCode: null }),
    ]);
  });

  it('warns under 淮北 5 % for tech-transfer staff, including in its counties', () => {
    expect(benefitWarnings(huaibeiCounty, { teamPercent: 70, staffPercent: 4 })).toEqual([
      expect.objectContaining({ code: 'STAFF_SHARE_BELOW_MINIMUM', minPercent: 5, regionCode: '340600' }),
    ]);
    expect(benefitWarnings(huaibeiCounty, { teamPercent: 70, staffPercent: 5 })).toEqual([]);
    expect(benefitWarnings(huaibeiCounty, { teamPercent: null, staffPercent: null })).toEqual([]);
  });

  it('rejects shares out of range or summing over 100', () => {
    expect(benefitShareProblems(60, 40)).toEqual([]);
    expect(benefitShareProblems(60, 41)).toEqual([{ field: 'benefit', messages: [expect.stringContaining('100%')] }]);
    expect(benefitShareProblems(-1, null).map((p) => p.field)).toEqual(['benefit.teamPercent']);
    expect(benefitShareProblems(50, 12.345).map((p) => p.field)).toEqual(['benefit.staffPercent']);
  });
});
