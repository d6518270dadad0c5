import { creditCodeCheckChar } from '../../identity/src/index.js';
import { contractRecord as contract, testReference as ref } from './reference-data.fixture.js';
import { validateRow, type ContractValue, type ListingValue } from './row-validation.js';

const cc = (body17: string) => body17 + creditCodeCheckChar(body17);
const GOOD_CC = cc('12340600MB1234567');

const achievement = (o: Record<string, string> = {}) => ({
  title: '高镍三元正极材料制备工艺',
  description: '一种共沉淀制备方法',
  ownerCreditCode: GOOD_CC,
  techField: '新材料',
  region: '濉溪县',
  achievementType: '应用技术',
  trl: '6',
  transferModes: '转让、许可',
  price: '200000',
  negotiable: '',
  ...o,
});

describe('validateRow: achievements', () => {
  it('maps Chinese names to codes and amounts in 元 to fen', () => {
    const r = validateRow('achievements', 2, achievement(), ref);
    expect(r.problems).toEqual([]);
    expect(r.key).toBe(`${GOOD_CC}|高镍三元正极材料制备工艺`);
    const v = r.value as ListingValue;
    expect(v).toMatchObject({
      techFieldCode: '05',
      regionCode: '340621',
      achievement: {
        achievementType: 'applied',
        trl: 6,
        transferModes: ['transfer', 'licence'],
        priceFen: '20000000',
        negotiable: false,
      },
    });
  });

  it('reports every problem of a row with its column', () => {
    const r = validateRow(
      'achievements',
      7,
      achievement({
        ownerCreditCode: '91340600MA2TEST00X',
        techField: '量子玄学',
        region: '临沂市',
        trl: '12',
        price: '二十万',
      }),
      ref,
    );
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [7, '完成单位统一社会信用代码', 'BAD_CREDIT_CODE'],
      [7, '技术领域', 'UNKNOWN_TECH_FIELD'],
      [7, '所在地区', 'REGION_OUT_OF_SCOPE'],
      [7, '技术成熟度', 'BAD_VALUE'],
      [7, '转让价格（元）', 'NOT_A_NUMBER'],
    ]);
  });

  it('checks the contact phone by the listing form’s rule: a coded problem for text that is no phone', () => {
    const phone = (contactPhone: string) => validateRow('achievements', 3, achievement({ contactPhone }), ref);
    expect(phone('0558-1234567').problems).toEqual([]);
    expect((phone('+86 138 0000 0000').value as ListingValue).contactPhone).toBe('+86 138 0000 0000');
    for (const bad of ['请致电王工', '12-34', 'abc@example.com'])
      expect(phone(bad).problems.map((p) => [p.row, p.column, p.code])).toEqual([[3, '联系电话', 'BAD_PHONE']]);
    expect(phone('1'.repeat(21)).problems.map((p) => p.code)).toEqual(['TOO_LONG']);
  });

  it('needs a price unless negotiable; a formula is text, not a number', () => {
    expect(validateRow('achievements', 2, achievement({ price: '', negotiable: '是' }), ref).problems).toEqual([]);
    expect(validateRow('achievements', 2, achievement({ price: '' }), ref).problems[0]).toMatchObject({
      column: '转让价格（元）',
      code: 'REQUIRED',
    });
    expect(validateRow('achievements', 2, achievement({ price: '=100*2' }), ref).problems[0]).toMatchObject({
      code: 'NOT_A_NUMBER',
    });
    const titled = validateRow('achievements', 2, achievement({ title: '=HYPERLINK("x")' }), ref);
    expect((titled.value as ListingValue).title).toBe('=HYPERLINK("x")');
  });

  it('resolves a shared region name inside the scope, and reports it as ambiguous otherwise', () => {
    const r = validateRow('achievements', 2, achievement({ region: '朝阳区' }), { ...ref, scope: null });
    expect(r.problems[0]).toMatchObject({ code: 'AMBIGUOUS_REGION' });
    expect(validateRow('achievements', 2, achievement({ region: '不存在县' }), ref).problems[0]).toMatchObject({
      code: 'UNKNOWN_REGION',
    });
  });
});

describe('validateRow: contracts', () => {
  it('accepts type/subtype names, defaults the registry to the importer and keys by registration number', () => {
    const r = validateRow('contracts', 2, contract(), ref);
    expect(r.problems).toEqual([]);
    expect(r.key).toBe('3406002024000001');
    expect(r.value as ContractValue).toMatchObject({
      typeCode: 'development',
      subtypeCode: 'development.commissioned',
      buyerRegionCode: '371300',
      registryRegionCode: '340600',
      contractFen: '50000000',
      techFen: '45000050',
    });
    expect(
      (validateRow('contracts', 2, contract({ contractType: '技术咨询' }), ref).value as ContractValue).subtypeCode,
    ).toBe('consulting.general');
  });

  it('refuses 技术交易额 > 合同成交额, bad credit codes and a subtype not in force on the certification date', () => {
    expect(validateRow('contracts', 3, contract({ techAmount: '500000.01' }), ref).problems).toEqual([
      {
        row: 3,
        column: '技术交易额（元）',
        code: 'TECH_AMOUNT_EXCEEDS_CONTRACT',
        message: '技术交易额不能大于合同成交额',
      },
    ]);
    expect(validateRow('contracts', 3, contract({ buyerCreditCode: '123' }), ref).problems[0]).toMatchObject({
      column: '买方统一社会信用代码',
      code: 'BAD_CREDIT_CODE',
    });
    expect(
      validateRow('contracts', 3, contract({ contractType: '独占许可', certifiedOn: '2020-06-01' }), ref).problems[0],
    ).toMatchObject({ code: 'UNKNOWN_CONTRACT_TYPE' });
    expect(
      validateRow('contracts', 3, contract({ contractType: '专利实施许可', certifiedOn: '2020-06-01' }), ref).problems,
    ).toEqual([]);
    expect(validateRow('contracts', 3, contract({ registryRegion: '371300' }), ref).problems[0]).toMatchObject({
      code: 'REGION_OUT_OF_SCOPE',
    });
    expect(
      validateRow('contracts', 3, contract({ contractAmount: 'abc', certifiedOn: '' }), ref).problems.map(
        (p) => p.code,
      ),
    ).toEqual(['REQUIRED', 'NOT_A_NUMBER']);
  });
});
