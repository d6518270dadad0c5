import { useTestModule } from '../../shared/testing/index.js';
import { ReferenceModule } from './reference.module.js';
import { RegionService } from './region.service.js';
import { CodeTableService } from './code-table.service.js';

describe('RegionService (real PostgreSQL)', () => {
  const lib = useTestModule([ReferenceModule]);
  let regions: RegionService;
  let codes: CodeTableService;

  beforeAll(async () => {
    regions = lib.get(RegionService);
    codes = lib.get(CodeTableService);
  });

  it('puts 利辛县 under 亳州市 and 安徽省', async () => {
    const under亳州 = await regions.subtreeCodes('341600');
    expect(under亳州).toContain('341623');
    expect(under亳州).toContain('341600');
    expect(under亳州).not.toContain('340600');
    expect(await regions.isWithin('341623', '340000')).toBe(true);
    expect(await regions.isWithin('341623', '340600')).toBe(false);
  });

  it('lists the ancestors of 西畴县 as 文山州 then 云南省', async () => {
    const d = await regions.get('532623');
    expect(d.name).toBe('西畴县');
    expect(d.ancestors.map((a) => [a.code, a.name])).toEqual([
      ['532600', '文山壮族苗族自治州'],
      ['530000', '云南省'],
    ]);
  });

  it('handles a province-administered county (仙桃 under pseudo-city 429000, not by prefix)', async () => {
    const d = await regions.get('429004');
    expect(d.ancestors.map((a) => a.code)).toEqual(['429000', '420000']);
    expect(await regions.subtreeCodes('420000')).toContain('429004');
  });

  it('handles municipalities and cities without counties', async () => {
    expect((await regions.get('110101')).ancestors.map((a) => a.code)).toEqual(['110000']);
    const dongguan = await regions.get('441900');
    expect(dongguan.level).toBe('city');
    expect(await regions.subtreeCodes('441900')).toEqual(['441900']);
  });

  it('has every province and the demo regions', async () => {
    const provinces = await regions.children(undefined, { page: 1, pageSize: 100 });
    expect(provinces.total).toBe(31);
    for (const code of ['341623', '341600', '340600', '371300', '210600', '532623', '532600']) {
      await expect(regions.assertExists(code)).resolves.toBeDefined();
    }
  });

  it('serves contract types by the rules in force on a date', async () => {
    const before = await codes.contractTypes('2020-06-01');
    const after = await codes.contractTypes('2026-06-01');
    expect(before.map((t) => t.code)).not.toContain('licence');
    expect(before.find((t) => t.code === 'transfer')!.subtypes.map((s) => s.code)).toContain('transfer.patent_licence');
    expect(after.map((t) => t.code)).toEqual(['development', 'transfer', 'licence', 'consulting', 'service']);
    expect(after.find((t) => t.code === 'transfer')!.subtypes.map((s) => s.code)).not.toContain(
      'transfer.patent_licence',
    );
    expect(await codes.techFields('2026-01-01')).toHaveLength(11);
  });
});
