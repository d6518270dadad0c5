import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { provisionOrganization } from '../../../identity/src/index.js';
import { permissionsOf, type OrgType, type Principal, type Role } from '../../../shared/auth/index.js';
import type { AchievementInput, ChallengeInput, NeedInput } from '../listing-input.js';

export interface OrgOptions {
  type?: OrgType;
  regionCode?: string;
  verified?: boolean;
  /** Bureaus only: whether submissions in its region need review. */
  reviewListings?: boolean;
  name?: string;
  roles?: Role[];
}

const DEFAULT_ROLES: Record<OrgType, Role[]> = {
  enterprise: ['org_admin'],
  university: ['org_admin'],
  research_institute: ['org_admin'],
  broker_agency: ['broker'],
  financial_institution: ['org_admin'],
  bureau: ['bureau_staff'],
  platform: ['platform_admin'],
};

/** An organisation with one user, written straight to the tables; returns that user's Principal. */
export async function createOrgPrincipal(ds: DataSource, o: OrgOptions = {}): Promise<Principal> {
  const type = o.type ?? 'enterprise';
  const regionCode = o.regionCode ?? '341623';
  const roles = o.roles ?? DEFAULT_ROLES[type];
  const verified = o.verified !== false;
  const { orgId, userIds } = await provisionOrganization(
    ds.manager,
    {
      type,
      name: o.name ?? `测试单位${randomBytes(3).toString('hex')}`,
      creditCode: randomBytes(9).toString('hex').toUpperCase(),
      regionCode,
      verificationStatus: verified ? 'verified' : 'pending',
      reviewListings: o.reviewListings ?? true,
    },
    [{ email: `${randomUUID()}@example.cn`, displayName: '测试用户', roles, passwordHash: 'x' }],
  );
  return {
    userId: userIds[0]!,
    orgId,
    orgType: type,
    orgVerified: o.verified !== false,
    regionCode,
    roles,
    permissions: permissionsOf({ roles, orgType: type, orgVerified: o.verified !== false }),
  };
}

let seq = 0;
const word = () => `标记${(++seq).toString(36)}${randomBytes(3).toString('hex')}`;

export function needInput(o: Partial<NeedInput> = {}): NeedInput {
  return {
    title: '动力电池梯次利用检测技术需求',
    description: `寻求退役锂电池快速分选与健康状态检测方案 ${word()}`,
    techFieldCode: '06',
    keywords: ['锂电池', '梯次利用'],
    budgetMinFen: 10_000_000,
    budgetMaxFen: 50_000_000,
    cooperationModes: ['cooperative_development'],
    ...o,
  };
}

export function achievementInput(o: Partial<AchievementInput> = {}): AchievementInput {
  return {
    title: '高镍三元正极材料制备工艺',
    description: `一种高镍三元正极材料的共沉淀制备方法 ${word()}`,
    techFieldCode: '05',
    keywords: ['正极材料'],
    achievementType: 'applied',
    trl: 6,
    transferModes: ['licence'],
    priceFen: 200_000_000,
    ...o,
  };
}

export function challengeInput(o: Partial<ChallengeInput> = {}): ChallengeInput {
  return {
    title: '秸秆高值化利用关键技术攻关',
    description: `面向县域秸秆综合利用的低成本预处理技术 ${word()}`,
    techFieldCode: '09',
    rewardFen: 100_000_000,
    ...o,
  };
}

/** 'ok' when the call succeeds, else the code of the error it failed with. */
export const outcome = async (p: Promise<unknown>): Promise<string | undefined> =>
  p.then(
    () => 'ok',
    (e: { code?: string }) => e.code,
  );
