import type { RegistryEntry } from '../api/types';

export type RegistryKind = RegistryEntry['kind'];

/** The registries and what each entry needs (the server's REGISTRY_KINDS, in the words of the form). */
export const REGISTRY_KINDS: Record<
  RegistryKind,
  { name: string; nameLabel: string; certificate?: string; host?: true }
> = {
  high_tech_enterprise: { name: '高新技术企业', nameLabel: '企业名称', certificate: '高新技术企业证书编号' },
  tech_sme: { name: '科技型中小企业', nameLabel: '企业名称', certificate: '入库登记编号' },
  pilot_base: { name: '中试（产业化）基地', nameLabel: '基地名称' },
  transfer_center: { name: '科技成果转化中心', nameLabel: '中心名称' },
  transfer_park: { name: '科技成果转移转化园区', nameLabel: '园区名称' },
  innovation_platform: { name: '创新平台', nameLabel: '平台名称' },
  common_rd_platform: { name: '产业共性研发平台', nameLabel: '平台名称' },
  tech_innovation_center: { name: '专业技术创新中心', nameLabel: '中心名称' },
  sci_tech_commissioner: { name: '科技特派员', nameLabel: '姓名', host: true },
  commissioner_team: { name: '科技特派团', nameLabel: '特派团名称', host: true },
};
