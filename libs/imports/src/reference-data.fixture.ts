import type { ReferenceData } from './reference-data.js';

/** Code tables for validation specs: regions (one name shared by two), fields, contract subtypes. */
export const testReference: ReferenceData = {
  regionName: new Map([
    ['340000', '安徽省'],
    ['340600', '淮北市'],
    ['340621', '濉溪县'],
    ['110105', '朝阳区'],
    ['220104', '朝阳区'],
    ['371300', '临沂市'],
  ]),
  regionCodesByName: new Map([
    ['安徽省', ['340000']],
    ['淮北市', ['340600']],
    ['濉溪县', ['340621']],
    ['朝阳区', ['110105', '220104']],
    ['临沂市', ['371300']],
  ]),
  scope: new Set(['340600', '340621']),
  defaultRegistryRegion: '340600',
  fieldName: new Map([
    ['05', '新材料'],
    ['09', '农业'],
  ]),
  fieldCodeByName: new Map([
    ['新材料', '05'],
    ['农业', '09'],
  ]),
  subtypes: [
    {
      code: 'development.commissioned',
      name: '委托开发',
      typeCode: 'development',
      typeName: '技术开发',
      validFrom: '2000-02-16',
      validTo: null,
    },
    {
      code: 'transfer.patent_licence',
      name: '专利实施许可',
      typeCode: 'transfer',
      typeName: '技术转让',
      validFrom: '2000-02-16',
      validTo: '2020-12-31',
    },
    {
      code: 'licence.exclusive',
      name: '独占许可',
      typeCode: 'licence',
      typeName: '技术许可',
      validFrom: '2021-01-01',
      validTo: null,
    },
    {
      code: 'consulting.general',
      name: '技术咨询',
      typeCode: 'consulting',
      typeName: '技术咨询',
      validFrom: '2000-02-16',
      validTo: null,
    },
  ],
};

/** A valid historical contract row by column key, with overrides. */
export const contractRecord = (o: Record<string, string> = {}) => ({
  registrationNo: '3406002024000001',
  title: '锂电池正极材料技术开发合同',
  contractType: '技术开发/委托开发',
  techField: '05',
  sellerName: '淮北新材料公司',
  sellerCreditCode: '',
  sellerRegion: '340621',
  buyerName: '临沂装备公司',
  buyerCreditCode: '',
  buyerRegion: '临沂市',
  registryRegion: '',
  contractAmount: '500000',
  techAmount: '450000.50',
  signedOn: '2024-03-01',
  certifiedOn: '2024-04-15',
  ...o,
});
