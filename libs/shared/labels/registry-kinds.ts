/** What a registry entry of each kind needs: the server checks it, the web's forms and tables ask for it. */
export interface RegistryKindDef {
  name: string;
  /** What the name field holds. */
  nameLabel: string;
  /** 高企 certificates and 科小 registration numbers: a number and a validity. */
  certificate?: { label: string; validityYears: number };
  /** 科技特派员 and teams: the county or enterprise they serve. */
  host?: true;
}

/**
 * The kinds of entry the registries hold. 高新技术企业 certificates are valid three years
 * (高新技术企业认定管理办法 art. 15); 科技型中小企业 registrations one year (评价办法: 当年有效).
 */
const KINDS = {
  high_tech_enterprise: {
    name: '高新技术企业',
    nameLabel: '企业名称',
    certificate: { label: '高新技术企业证书编号', validityYears: 3 },
  },
  tech_sme: {
    name: '科技型中小企业',
    nameLabel: '企业名称',
    certificate: { label: '入库登记编号', validityYears: 1 },
  },
  pilot_base: { name: '中试（产业化）基地', nameLabel: '基地名称' },
  transfer_center: { name: '科技成果转化中心', nameLabel: '中心名称' },
  transfer_park: { name: '科技成果转移转化园区', nameLabel: '园区名称' },
  innovation_platform: { name: '创新平台', nameLabel: '平台名称' },
  common_rd_platform: { name: '产业共性研发平台', nameLabel: '平台名称' },
  tech_innovation_center: { name: '专业技术创新中心', nameLabel: '中心名称' },
  sci_tech_commissioner: { name: '科技特派员', nameLabel: '姓名', host: true },
  commissioner_team: { name: '科技特派团', nameLabel: '特派团名称', host: true },
} satisfies Record<string, RegistryKindDef>;
export type RegistryKindName = keyof typeof KINDS;
export const REGISTRY_KINDS: Readonly<Record<RegistryKindName, RegistryKindDef>> = KINDS;
