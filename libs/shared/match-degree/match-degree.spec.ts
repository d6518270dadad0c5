import { bandMin, MATCH_BANDS, matchBand, matchDegreeText, matchPercent } from './index.js';

describe('match degree', () => {
  it('is a whole per cent from 0 to 100, never above, for any similarity', () => {
    expect(matchPercent(0)).toBe(0);
    expect(matchPercent(0.24)).toBe(24);
    expect(matchPercent(0.29)).toBe(29);
    expect(matchPercent(1)).toBe(100);
    expect(matchPercent(1.22)).toBe(100);
    expect(matchPercent(-0.1)).toBe(0);
    expect(matchPercent(Number.NaN)).toBe(0);
  });

  it('puts every similarity in one band, and the per cent always agrees with it', () => {
    expect(matchBand(0.45).label).toBe('高度相关');
    expect(matchBand(0.4).label).toBe('高度相关');
    expect(matchBand(0.24).label).toBe('较为相关');
    expect(matchBand(0.12).label).toBe('部分相关');
    expect(matchBand(0.05).label).toBe('相关度低');
    for (let i = 0; i <= 1000; i++) {
      const s = i / 1000;
      const band = matchBand(s);
      expect(matchPercent(s)).toBeGreaterThanOrEqual(Math.round(band.min * 100));
    }
    expect(MATCH_BANDS.map((b) => b.min)).toEqual([...MATCH_BANDS.map((b) => b.min)].sort((a, b) => b - a));
  });

  it('says the band and the per cent together, so 高度相关 never stands beside 24 %', () => {
    expect(matchDegreeText(0.24)).toBe('较为相关（匹配度 24%）');
    expect(matchDegreeText(0.512)).toBe('高度相关（匹配度 51%）');
    expect(bandMin('medium')).toBe(0.2);
  });
});
