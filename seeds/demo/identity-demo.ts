import type { DataSource } from 'typeorm';
import {
  creditCodeCheckChar,
  hashPassword,
  provisionOrganization,
  type ProvisionOrgInput,
  type ProvisionUserInput,
} from '../../libs/identity/src/index.js';
import type { Role } from '../../libs/shared/auth/index.js';
import type { DemoLoader } from './demo-loader.js';

/** Every demo login uses this password (README, "Demo logins"). */
export const DEMO_PASSWORD = 'Demo@2026';

interface DemoOrg {
  key: string;
  org: Omit<ProvisionOrgInput, 'creditCode'> & { creditCode?: string };
  users: { login: string; name: string; roles: Role[]; phone?: string }[];
}

/** A valid, deterministic 统一社会信用代码 for demo organisation number `n`. */
function demoCreditCode(region: string, n: number): string {
  const body = `91${region}K${String(n).padStart(8, '0')}`;
  return body + creditCodeCheckChar(body);
}

/**
 * One organisation and user of every role in the demo regions (淮北, 亳州/利辛, 临沂, 丹东,
 * 文山/西畴): a bureau per region, the platform, enterprises, universities, institutes and a
 * broker agency, all verified except one pending enterprise. Logins: `<login>@demo.techmarket.cn`.
 */
export const DEMO_ORGS: DemoOrg[] = [
  {
    key: 'platform',
    org: { type: 'platform', name: '网上技术市场平台运营中心', creditCode: 'TM-PLATFORM', regionCode: '110000' },
    users: [{ login: 'platform', name: '平台管理员', roles: ['platform_admin'] }],
  },
  ...(
    [
      ['huaibei', '340600', '淮北市科学技术局'],
      ['bozhou', '341600', '亳州市科学技术局'],
      ['lixin', '341623', '利辛县科学技术局'],
      ['linyi', '371300', '临沂市科学技术局'],
      ['dandong', '210600', '丹东市科学技术局'],
      ['wenshan', '532600', '文山壮族苗族自治州科学技术局'],
      ['xichou', '532623', '西畴县科学技术局'],
    ] as const
  ).map(([key, regionCode, name]) => ({
    key: `bureau-${key}`,
    org: { type: 'bureau' as const, name, creditCode: `KJJ-${regionCode}`, regionCode, contactName: '成果转化科' },
    users: [
      { login: `${key}-admin`, name: `${name}管理员`, roles: ['bureau_admin'] as Role[] },
      { login: `${key}-staff`, name: `${name}科员`, roles: ['bureau_staff'] as Role[] },
    ],
  })),
  {
    key: 'ent-huaibei',
    org: {
      type: 'enterprise',
      name: '淮北矿业新材料科技有限公司',
      regionCode: '340602',
      contactName: '周经理',
      contactPhone: '0561-3000001',
    },
    users: [
      { login: 'huaibei-enterprise', name: '周建国', roles: ['org_admin'], phone: '13900000001' },
      { login: 'huaibei-member', name: '吴敏', roles: ['member'] },
    ],
  },
  ...(
    [
      ['ent-lixin', 'enterprise', '利辛县绿色农业发展有限公司', '341623', 'lixin-enterprise', '刘洋'],
      ['ent-linyi', 'enterprise', '临沂智能装备制造有限公司', '371302', 'linyi-enterprise', '孙磊'],
      ['ent-dandong', 'enterprise', '丹东仪器仪表股份有限公司', '210602', 'dandong-enterprise', '赵刚'],
      ['ent-xichou', 'enterprise', '西畴县三七生物科技有限公司', '532623', 'xichou-enterprise', '杨芳'],
      ['ent-pending', 'enterprise', '亳州中药饮片有限公司', '341602', 'pending-enterprise', '钱波'],
      ['uni-huaibei', 'university', '淮北职业技术学院', '340603', 'huaibei-university', '郑教授'],
      ['uni-linyi', 'university', '临沂职业学院', '371302', 'linyi-university', '王教授'],
      ['inst-bozhou', 'research_institute', '亳州市中药材研究所', '341602', 'bozhou-institute', '冯研究员'],
      ['inst-dandong', 'research_institute', '丹东市农业科学研究院', '210602', 'dandong-institute', '陈研究员'],
    ] as const
  ).map(([key, type, name, regionCode, login, userName]): DemoOrg => ({
    key,
    // One organisation waits for its bureau, so that the verification queue is not empty.
    org: { type, name, regionCode, ...(key === 'ent-pending' ? { verificationStatus: 'pending' as const } : {}) },
    users: [{ login, name: userName, roles: ['org_admin'] }],
  })),
  {
    // 临沂's plan counts 科技成果转化贷款 filed with the bureau: a bank of the demo market files them
    key: 'bank-linyi',
    org: { type: 'financial_institution', name: '临沂农商银行科技支行', regionCode: '371300' },
    users: [{ login: 'linyi-bank', name: '韩行长', roles: ['org_admin'] }],
  },
  {
    key: 'broker-linyi',
    org: { type: 'broker_agency', name: '临沂市技术转移服务中心', regionCode: '371300' },
    users: [
      { login: 'linyi-broker-admin', name: '褚主任', roles: ['org_admin'] },
      { login: 'linyi-broker', name: '卫经纪人', roles: ['broker'] },
    ],
  },
];

export const demoEmail = (login: string) => `${login}@demo.techmarket.cn`;

export async function loadIdentityDemo(ds: DataSource): Promise<number> {
  let created = 0;
  const prepared: { org: ProvisionOrgInput; users: ProvisionUserInput[] }[] = [];
  // Hash outside the transaction (CPU-heavy, and nothing else should wait on it).
  for (const [i, d] of DEMO_ORGS.entries()) {
    const users: ProvisionUserInput[] = [];
    for (const u of d.users) {
      users.push({
        email: demoEmail(u.login),
        phone: u.phone ?? null,
        displayName: u.name,
        roles: u.roles,
        passwordHash: await hashPassword(DEMO_PASSWORD),
      });
    }
    prepared.push({
      org: { ...d.org, creditCode: d.org.creditCode ?? demoCreditCode(d.org.regionCode, i + 1) },
      users,
    });
  }
  await ds.transaction(async (em) => {
    for (const p of prepared) {
      const { userIds } = await provisionOrganization(em, p.org, p.users);
      created += 1 + userIds.length;
    }
  });
  return created;
}

export const identityDemoLoader: DemoLoader = { name: 'identity', load: loadIdentityDemo };
