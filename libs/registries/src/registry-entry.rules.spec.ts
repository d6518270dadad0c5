import { defaultValidUntil, registryEntryProblems, type RegistryEntryInput } from './registry-entry.rules.js';

const valid = () => true;
const entry = (over: Partial<RegistryEntryInput> = {}): RegistryEntryInput => ({
  kind: 'high_tech_enterprise',
  regionCode: '340602',
  name: '淮北矿业新材料科技有限公司',
  certificateNo: 'GR202434000123',
  recognisedOn: '2024-11-20',
  ...over,
});
const fields = (p: { field: string }[]) => p.map((x) => x.field).sort();

describe('registry entry rules', () => {
  it('gives certificates their validity: 高企 three years, 科小 one', () => {
    expect(defaultValidUntil('high_tech_enterprise', '2024-11-20')).toBe('2027-11-19');
    expect(defaultValidUntil('tech_sme', '2024-03-01')).toBe('2025-02-28');
    expect(defaultValidUntil('pilot_base', '2024-03-01')).toBeNull();
  });

  it('asks each kind for what it needs', () => {
    expect(registryEntryProblems(entry(), '2026-12-06', valid)).toEqual([]);
    expect(fields(registryEntryProblems(entry({ certificateNo: undefined }), '2026-12-06', valid))).toEqual([
      'certificateNo',
    ]);
    const commissioner = entry({ kind: 'sci_tech_commissioner', name: '张伟', certificateNo: undefined });
    expect(fields(registryEntryProblems(commissioner, '2026-12-06', valid))).toEqual(['host']);
    expect(registryEntryProblems({ ...commissioner, host: '西畴县兴街镇' }, '2026-12-06', valid)).toEqual([]);
    expect(fields(registryEntryProblems(entry({ kind: 'pilot_base' }), '2026-12-06', valid))).toEqual([
      'certificateNo',
    ]);
  });

  it('refuses a future date, a validity ending before it and a wrong credit code', () => {
    const p = registryEntryProblems(
      entry({ recognisedOn: '2027-01-01', validUntil: '2026-01-01', creditCode: '91340600MA2TEST00X' }),
      '2026-12-06',
      () => false,
    );
    expect(fields(p)).toEqual(['creditCode', 'recognisedOn', 'validUntil']);
  });
});
