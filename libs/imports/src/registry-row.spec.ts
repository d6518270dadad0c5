import type { ReferenceData } from './reference-data.js';
import { validateRow } from './row-validation.js';

const ref: ReferenceData = {
  regionName: new Map([
    ['340600', '淮北市'],
    ['340621', '濉溪县'],
    ['341623', '利辛县'],
  ]),
  regionCodesByName: new Map([
    ['淮北市', ['340600']],
    ['濉溪县', ['340621']],
    ['利辛县', ['341623']],
  ]),
  scope: new Set(['340600', '340621']),
  defaultRegistryRegion: '340600',
  fieldName: new Map(),
  fieldCodeByName: new Map(),
  subtypes: [],
};

const row = (over: Record<string, string> = {}) => ({
  kind: '高新技术企业',
  name: '淮北矿业新材料科技有限公司',
  region: '濉溪县',
  certificateNo: 'GR202434000123',
  recognisedOn: '2024-11-20',
  ...over,
});
const codes = (over: Record<string, string>) =>
  validateRow('registries', 5, row(over), ref).problems.map((p) => [p.column, p.code]);

describe('registry rows', () => {
  it('reads a row into an entry keyed by kind and certificate, else kind, region, name and date', () => {
    expect(validateRow('registries', 5, row({ certificateNo: ' GR2024 34000123 ' }), ref)).toEqual({
      row: 5,
      problems: [],
      key: 'high_tech_enterprise|no|GR202434000123',
      value: {
        kind: 'high_tech_enterprise',
        regionCode: '340621',
        name: '淮北矿业新材料科技有限公司',
        creditCode: null,
        certificateNo: 'GR202434000123',
        recognisedOn: '2024-11-20',
        validUntil: null,
        host: null,
      },
    });
    const base = validateRow(
      'registries',
      6,
      row({ kind: '中试基地', certificateNo: '', recognisedOn: '2024/6/1' }),
      ref,
    );
    expect(base).toMatchObject({ problems: [], key: 'pilot_base|340621|淮北矿业新材料科技有限公司|2024-06-01' });
    expect(validateRow('registries', 7, row({ kind: '中试（产业化）基地', certificateNo: '' }), ref).problems).toEqual(
      [],
    );
  });

  it('applies the entry form’s rules, each as a coded problem of its column', () => {
    expect(codes({ kind: '高新企业' })).toEqual([['名录类别', 'UNKNOWN_REGISTRY_KIND']]);
    expect(codes({ region: '利辛县' })).toEqual([['所在地区', 'REGION_OUT_OF_SCOPE']]);
    expect(codes({ certificateNo: '' })).toEqual([['证书编号/入库编号', 'REQUIRED']]);
    expect(codes({ kind: '中试基地' })).toEqual([['证书编号/入库编号', 'BAD_VALUE']]);
    expect(codes({ kind: '科技特派员', certificateNo: '' })).toEqual([['服务的县区或企业', 'REQUIRED']]);
    expect(codes({ recognisedOn: '2999-01-01' })).toEqual([['认定日期', 'BAD_DATE']]);
    expect(codes({ validUntil: '2020-01-01' })).toEqual([['有效期至', 'BAD_DATE']]);
    expect(codes({ creditCode: '91340600MA2TEST00X' })).toEqual([['统一社会信用代码', 'BAD_CREDIT_CODE']]);
    expect(codes({ name: '', recognisedOn: '' })).toEqual([
      ['名称', 'REQUIRED'],
      ['认定日期', 'REQUIRED'],
    ]);
  });
});
