/**
 * Identity test helpers for e2e suites (real app, real database).
 *
 *   const t = await createTestApp();
 *   const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
 *   await request(t.http).get('/api/me').set(bearer(ent.accessToken)).expect(200);
 *   const pending = await createOrgWithAdmin(t, { type: 'university', regionCode: '341623', verified: false });
 *   const huaibei = await createBureauStaff(t, '340600');                 // bureau_staff of 淮北
 *   const huaibeiAdmin = await createBureauStaff(t, '340600', { admin: true });
 *   const platform = await createPlatformAdmin(t);
 *   const member = await addMember(t, ent, { roles: ['member'] });      // another user of ent's org
 *   const again = await loginAs(t, member.user.email);                  // fresh TokenPair
 *
 * Organisations are inserted directly (already verified unless `verified: false`), then the
 * user logs in through POST /api/auth/login, so tokens are real. Every user's password is
 * TEST_PASSWORD unless given.
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  creditCodeCheckChar,
  hashPassword,
  provisionOrganization,
  type TokenPair,
  type VerificationStatus,
} from '../../libs/identity/src/index.js';
import { FIRST_ADMIN_ROLE, type OrgType, type Role } from '../../libs/shared/auth/index.js';
import type { Env } from '../../libs/shared/config/index.js';
import { createTestApp, type TestApp } from '../test-app.js';

export const TEST_PASSWORD = 'Test@2026pass';

export interface TestUser {
  id: string;
  email: string;
  phone: string;
  password: string;
  roles: Role[];
}

export interface TestOrg {
  org: {
    id: string;
    type: OrgType;
    name: string;
    regionCode: string;
    creditCode: string;
    verificationStatus: VerificationStatus;
  };
  user: TestUser;
  accessToken: string;
  refreshToken: string;
}

export interface OrgOptions {
  type: OrgType;
  regionCode: string;
  /** Default true; false leaves the organisation pending. */
  verified?: boolean;
  /** Roles of the first user; default the type's admin role (org_admin / bureau_admin / platform_admin). */
  roles?: Role[];
  name?: string;
  password?: string;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A random, valid 统一社会信用代码 (check digit per GB 32100-2015) in the given region. */
export function randomCreditCode(regionCode = '340600'): string {
  let body = `91${regionCode}`;
  while (body.length < 17) body += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return body + creditCodeCheckChar(body);
}

/** A random mobile number (unique enough for one test file). */
export function randomPhone(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

const hashes = new Map<string, Promise<string>>();
const hashed = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

/** Logs in through the API (email or phone); fails the test unless it answers 200. */
export async function loginAs(t: TestApp, login: string, password = TEST_PASSWORD): Promise<TokenPair> {
  const res = await request(t.http).post('/api/auth/login').send({ login, password });
  if (res.status !== 200) throw new Error(`login as ${login} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TokenPair;
}

const ORG_NAMES: Record<OrgType, string> = {
  enterprise: '测试科技有限公司',
  university: '测试大学',
  research_institute: '测试研究院',
  broker_agency: '测试技术转移服务中心',
  financial_institution: '测试农村商业银行',
  bureau: '测试科学技术局',
  platform: '测试平台运营中心',
};

/** An organisation with one user (its admin unless `roles` says otherwise), logged in. */
export async function createOrgWithAdmin(t: TestApp, opts: OrgOptions): Promise<TestOrg> {
  const ds = t.app.get(DataSource);
  const id = unique();
  const password = opts.password ?? TEST_PASSWORD;
  const roles = opts.roles ?? [FIRST_ADMIN_ROLE[opts.type]];
  const email = `${opts.type}-${id}@test.example.cn`;
  const phone = randomPhone();
  const creditCode = randomCreditCode(opts.regionCode);
  const name = opts.name ?? `${ORG_NAMES[opts.type]}${id}`;
  const verificationStatus: VerificationStatus = opts.verified === false ? 'pending' : 'verified';
  const passwordHash = await hashed(password);
  const { orgId, userIds } = await ds.transaction((em) =>
    provisionOrganization(em, { type: opts.type, name, creditCode, regionCode: opts.regionCode, verificationStatus }, [
      { email, phone, displayName: `测试用户${id}`, roles, passwordHash },
    ]),
  );
  const tokens = await loginAs(t, email, password);
  return {
    org: { id: orgId, type: opts.type, name, regionCode: opts.regionCode, creditCode, verificationStatus },
    user: { id: userIds[0]!, email, phone, password, roles },
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
  };
}

/** A verified bureau of `regionCode` and one of its staff (bureau_admin with `admin: true`). */
export function createBureauStaff(t: TestApp, regionCode: string, opts: { admin?: boolean } = {}): Promise<TestOrg> {
  return createOrgWithAdmin(t, { type: 'bureau', regionCode, roles: [opts.admin ? 'bureau_admin' : 'bureau_staff'] });
}

export function createPlatformAdmin(t: TestApp): Promise<TestOrg> {
  return createOrgWithAdmin(t, { type: 'platform', regionCode: '110000' });
}

/** Another user in an existing organisation, logged in. */
export async function addMember(
  t: TestApp,
  of: TestOrg,
  opts: { roles: Role[]; password?: string },
): Promise<Omit<TestOrg, 'org'> & { org: TestOrg['org'] }> {
  const ds = t.app.get(DataSource);
  const id = unique();
  const password = opts.password ?? TEST_PASSWORD;
  const email = `member-${id}@test.example.cn`;
  const phone = randomPhone();
  const [{ id: userId }] = await ds.query(
    `INSERT INTO app_user (org_id, email, phone, display_name, password_hash, roles, status) VALUES ($1, $2, $3, $4, $5, $6, 'active') RETURNING id`,
    [of.org.id, email, phone, `测试成员${id}`, await hashed(password), opts.roles],
  );
  const tokens = await loginAs(t, email, password);
  return {
    org: of.org,
    user: { id: userId, email, phone, password, roles: opts.roles },
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
  };
}

/** The audit actions recorded about `targetId`, oldest first. */
export async function auditActions(t: TestApp, targetId: string): Promise<string[]> {
  const rows: { action: string }[] = await t.app
    .get(DataSource)
    .query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [targetId]);
  return rows.map((r) => r.action);
}

/** A fresh app (with `overrides`), its DataSource and a platform admin: what most identity suites start from. */
export async function appWithPlatform(overrides: Env = {}): Promise<{ t: TestApp; ds: DataSource; platform: TestOrg }> {
  const t = await createTestApp(overrides);
  return { t, ds: t.app.get(DataSource), platform: await createPlatformAdmin(t) };
}
