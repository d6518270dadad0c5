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
  {
    key: 'ent-lixin',
    org: { type: 'enterprise', name: '利辛县绿色农业发展有限公司', regionCode: '341623' },
    users: [{ login: 'lixin-enterprise', name: '刘洋', roles: ['org_admin'] }],
  },
  {
    key: 'ent-linyi',
    org: { type: 'enterprise', name: '临沂智能装备制造有限公司', regionCode: '371302' },
    users: [{ login: 'linyi-enterprise', name: '孙磊', roles: ['org_admin'] }],
  },
  {
    key: 'ent-dandong',
    org: { type: 'enterprise', name: '丹东仪器仪表股份有限公司', regionCode: '210602' },
    users: [{ login: 'dandong-enterprise', name: '赵刚', roles: ['org_admin'] }],
  },
  {
    key: 'ent-xichou',
    org: { type: 'enterprise', name: '西畴县三七生物科技有限公司', regionCode: '532623' },
    users: [{ login: 'xichou-enterprise', name: '杨芳', roles: ['org_admin'] }],
  },
  {
    key: 'ent-pending',
    org: {
      type: 'enterprise',
      name: '亳州中药饮片有限公司（待审核）',
      regionCode: '341602',
      verificationStatus: 'pending',
    },
    users: [{ login: 'pending-enterprise', name: '钱波', roles: ['org_admin'] }],
  },
  {
    key: 'uni-huaibei',
    org: { type: 'university', name: '淮北职业技术学院', regionCode: '340603' },
    users: [{ login: 'huaibei-university', name: '郑教授', roles: ['org_admin'] }],
  },
  {
    key: 'uni-linyi',
    org: { type: 'university', name: '临沂职业学院', regionCode: '371302' },
    users: [{ login: 'linyi-university', name: '王教授', roles: ['org_admin'] }],
  },
  {
    key: 'inst-bozhou',
    org: { type: 'research_institute', name: '亳州市中药材研究所', regionCode: '341602' },
    users: [{ login: 'bozhou-institute', name: '冯研究员', roles: ['org_admin'] }],
  },
  {
    key: 'inst-dandong',
    org: { type: 'research_institute', name: '丹东市农业科学研究院', regionCode: '210602' },
    users: [{ login: 'dandong-institute', name: '陈研究员', roles: ['org_admin'] }],
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
