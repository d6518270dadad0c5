import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  addMember,
  appWithPlatform,
  auditActions,
  createBureauStaff,
  createOrgWithAdmin,
  loginAs,
  TEST_PASSWORD,
  type TestOrg,
} from './factories/identity.factory.js';
import { captureMail, tokenOf, type Mailbox } from './mailbox.js';
import type { TestApp } from './test-app.js';
import { api, refused } from './http.js';

/**
 * Issue 17, people management: roles within an organisation (no escalation, never without an
 * admin, also when two admins act at once), hand-over, invitations resent and revoked, the
 * platform admin's actions on users, suspending organisations, and the audit page's filters
 * and export.
 */
describe('identity: managing people and organisations (e2e)', () => {
  let t: TestApp, ds: DataSource, platform: TestOrg, box: Mailbox;

  beforeAll(async () => {
    ({ t, ds, platform } = await appWithPlatform({ PUBLIC_URL: 'https://jssc.example.gov.cn' }));
    box = captureMail(t);
  });
  afterAll(async () => {
    box.restore();
    await t.close();
  });

  const admins = async (orgId: string): Promise<number> =>
    (
      await ds.query(
        `SELECT count(*)::int AS n FROM app_user WHERE org_id = $1 AND status = 'active' AND 'org_admin' = ANY(roles)`,
        [orgId],
      )
    )[0].n;
  const versionOf = async (userId: string): Promise<number> =>
    (await ds.query(`SELECT version FROM app_user WHERE id = $1`, [userId]))[0].version;

  describe('roles within an organisation', () => {
    it('lets an org admin change roles, and refuses escalation (403) and losing the last admin (409)', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      const member = await addMember(t, ent, { roles: ['member'] });
      const changed = await api(t, ent)
        .patch(`/api/org/members/${member.user.id}/roles`, { roles: ['member', 'broker'] })
        .expect(200);
      expect(changed.body.roles).toEqual(['member', 'broker']);

      // A member granting itself org_admin, an org admin granting bureau or platform roles.
      await refused(
        api(t, member).patch(`/api/org/members/${member.user.id}/roles`, { roles: ['org_admin'] }),
        403,
        'PERMISSION_DENIED',
      );
      for (const roles of [['bureau_staff'], ['bureau_admin'], ['platform_admin'], ['member', 'platform_admin']]) {
        await refused(api(t, ent).patch(`/api/org/members/${member.user.id}/roles`, { roles }), 403, 'ROLE_ESCALATION');
      }
      await refused(
        api(t, ent).patch(`/api/org/members/${ent.user.id}/roles`, { roles: ['member'] }),
        409,
        'LAST_ADMIN',
      );
      // Another organisation's member is not there at all.
      const other = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      await refused(
        api(t, other).patch(`/api/org/members/${member.user.id}/roles`, { roles: ['member'] }),
        404,
        'USER_NOT_FOUND',
      );
      expect(await auditActions(t, member.user.id)).toEqual(['user.roles']);
    });

    it('never leaves an organisation without an admin when two admins demote or disable each other at once', async () => {
      for (let round = 0; round < 4; round++) {
        const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
        const second = await addMember(t, ent, { roles: ['org_admin'] });
        const [a, b] =
          round % 2 === 0
            ? await Promise.all([
                api(t, ent).patch(`/api/org/members/${second.user.id}/roles`, { roles: ['member'] }),
                api(t, second).patch(`/api/org/members/${ent.user.id}/roles`, { roles: ['member'] }),
              ])
            : await Promise.all([
                api(t, ent).post(`/api/org/members/${second.user.id}/disable`),
                api(t, second).post(`/api/org/members/${ent.user.id}/disable`),
              ]);
        const statuses = [a!.status, b!.status].sort();
        // One wins; the other finds itself demoted (403) or the last admin (409) under the lock —
        // or, when disabling, already disabled before its request was authenticated (401).
        expect(statuses[0]).toBe(200);
        expect(round % 2 === 0 ? [403, 409] : [401, 403, 409]).toContain(statuses[1]);
        expect(await admins(ent.org.id)).toBe(1);
      }
    });

    it('hands the admin role over to an active colleague, who then manages the members', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      const colleague = await addMember(t, ent, { roles: ['broker'] });
      await refused(
        api(t, ent).post(`/api/org/members/${colleague.user.id}/hand-over`, { version: 99 }),
        409,
        'VERSION_CONFLICT',
      );
      const res = await api(t, ent)
        .post(`/api/org/members/${colleague.user.id}/hand-over`, { version: await versionOf(colleague.user.id) })
        .expect(200);
      expect(res.body.roles).toEqual(['org_admin', 'broker']);
      const me = await api(t, ent).get('/api/me').expect(200);
      expect(me.body.user.roles).toEqual(['member']);
      expect(me.body.permissions).not.toContain('org:manage-members');
      await refused(api(t, ent).post(`/api/org/members/${colleague.user.id}/disable`), 403, 'PERMISSION_DENIED');
      await api(t, colleague)
        .patch(`/api/org/members/${ent.user.id}/roles`, { roles: ['member', 'broker'] })
        .expect(200);
      expect(await admins(ent.org.id)).toBe(1);
    });
  });

  describe('invitations', () => {
    it('resends (the old link stops working) and revokes (the address can be invited again)', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      const email = `resend-${Date.now()}@example.cn`;
      const inv = await api(t, ent)
        .post('/api/org/members', { email, displayName: '周敏', roles: ['member'] })
        .expect(201);
      const first = tokenOf(await box.link(email));
      expect(first).toBe(inv.body.inviteToken);
      const again = await api(t, ent).post(`/api/org/members/${inv.body.user.id}/invitation`).expect(200);
      const second = tokenOf(await box.link(email));
      expect(second).toBe(again.body.inviteToken);
      expect((await box.to(email)).length).toBe(2);
      await refused(
        api(t).post('/api/auth/accept-invite', { token: first, password: 'Demo@2026' }),
        400,
        'INVITE_INVALID',
      );

      await api(t, ent).delete(`/api/org/members/${inv.body.user.id}/invitation`).expect(204);
      await refused(
        api(t).post('/api/auth/accept-invite', { token: second, password: 'Demo@2026' }),
        400,
        'INVITE_INVALID',
      );
      const back = await api(t, ent)
        .post('/api/org/members', { email, displayName: '周敏', roles: ['member'] })
        .expect(201);
      await api(t).post('/api/auth/accept-invite', { token: back.body.inviteToken, password: 'Demo@2026' }).expect(200);
      // Accepted: neither resent nor revoked any more.
      await refused(api(t, ent).post(`/api/org/members/${back.body.user.id}/invitation`), 409, 'NOT_INVITED');
      await refused(api(t, ent).delete(`/api/org/members/${back.body.user.id}/invitation`), 409, 'NOT_INVITED');
    });

    it('refuses an address that belongs to another organisation with 409 EMAIL_TAKEN, and queues no mail', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      const elsewhere = await createOrgWithAdmin(t, { type: 'university', regionCode: '340603' });
      const before = (await box.to(elsewhere.user.email)).length;
      await refused(
        api(t, ent).post('/api/org/members', {
          email: elsewhere.user.email.toUpperCase(),
          displayName: '王',
          roles: ['member'],
        }),
        409,
        'EMAIL_TAKEN',
      );
      expect((await box.to(elsewhere.user.email)).length).toBe(before);
    });
  });

  describe('the platform admin and users', () => {
    it('disables a user: the next request answers 401, refresh too; enabling lets them log in again', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      const member = await addMember(t, ent, { roles: ['member'] });
      await api(t, member).get('/api/me').expect(200);
      await api(t, platform).post(`/api/admin/users/${member.user.id}/disable`).expect(200);
      await refused(api(t, member).get('/api/me'), 401, 'SESSION_EXPIRED');
      await refused(api(t).post('/api/auth/refresh', { refreshToken: member.refreshToken }), 401, 'SESSION_EXPIRED');
      await refused(
        api(t).post('/api/auth/login', { login: member.user.email, password: TEST_PASSWORD }),
        401,
        'ACCOUNT_DISABLED',
      );
      // The organisation's only admin stays: suspend the organisation instead.
      await refused(api(t, platform).post(`/api/admin/users/${ent.user.id}/disable`), 409, 'LAST_ADMIN');
      await api(t, platform).post(`/api/admin/users/${member.user.id}/enable`).expect(200);
      await loginAs(t, member.user.email);
      // Only the platform: not the organisation's own admin, not a bureau.
      const bureau = await createBureauStaff(t, '340600', { admin: true });
      for (const who of [ent, bureau]) {
        await refused(api(t, who).post(`/api/admin/users/${member.user.id}/disable`), 403, 'PERMISSION_DENIED');
      }
    });

    it('unlocks a locked account, and forces a password reset through a mailed link', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      const member = await addMember(t, ent, { roles: ['member'] });
      for (let i = 0; i < 5; i++) {
        await api(t).post('/api/auth/login', { login: member.user.email, password: 'Wrong@pass1' });
      }
      await refused(
        api(t).post('/api/auth/login', { login: member.user.email, password: TEST_PASSWORD }),
        429,
        'ACCOUNT_LOCKED',
      );
      const listed = await api(t, platform).get('/api/admin/users', { q: member.user.email }).expect(200);
      expect(listed.body.items[0].lockedUntil).not.toBeNull();
      const unlocked = await api(t, platform).post(`/api/admin/users/${member.user.id}/unlock`).expect(200);
      expect(unlocked.body.lockedUntil).toBeNull();
      const session = await loginAs(t, member.user.email);

      const reset = await api(t, platform).post(`/api/admin/users/${member.user.id}/reset-password`).expect(200);
      expect(reset.body.passwordResetRequired).toBe(true);
      await refused(api(t, session).get('/api/me'), 401, 'SESSION_EXPIRED');
      await refused(
        api(t).post('/api/auth/login', { login: member.user.email, password: TEST_PASSWORD }),
        401,
        'PASSWORD_RESET_REQUIRED',
      );
      const [mail] = (await box.to(member.user.email)).slice(-1);
      expect(mail!.subject).toBe('【网上技术市场】请重新设置登录密码');
      const link = await box.link(member.user.email);
      expect(link.startsWith('https://jssc.example.gov.cn/accept-invite#token=')).toBe(true);
      await api(t)
        .post('/api/auth/accept-invite', { token: tokenOf(link), password: 'New@pass2026' })
        .expect(200);
      await loginAs(t, member.user.email, 'New@pass2026');
      expect(await auditActions(t, member.user.id)).toEqual([
        'auth.lockout',
        'user.unlock',
        'user.password_reset',
        'user.password_set',
      ]);
    });
  });

  describe('suspending and editing organisations', () => {
    it('a bureau admin suspends an organisation of its subtree: it acts as unverified until reinstated', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      const huaibei = await createBureauStaff(t, '340600', { admin: true });
      const staff = await createBureauStaff(t, '340600');
      const linyi = await createBureauStaff(t, '371300', { admin: true });
      const version = async () => (await api(t, platform).get(`/api/organizations/${ent.org.id}`)).body.version;
      await refused(
        api(t, staff).post(`/api/organizations/${ent.org.id}/suspend`, { reason: '核查中' }),
        403,
        'PERMISSION_DENIED',
      );
      await refused(
        api(t, linyi).post(`/api/organizations/${ent.org.id}/suspend`, { reason: '核查中' }),
        403,
        'ORG_OUT_OF_REGION',
      );
      const suspended = await api(t, huaibei)
        .post(`/api/organizations/${ent.org.id}/suspend`, { reason: '多次发布虚假成果信息', version: await version() })
        .expect(200);
      expect(suspended.body.suspensionReason).toBe('多次发布虚假成果信息');
      const need = {
        title: '暂停期间的需求',
        description: '需要一种低成本的硬碳负极材料制备工艺。',
        techFieldCode: '05',
      };
      await refused(api(t, ent).post('/api/listings/needs', need), 403, 'ORG_NOT_VERIFIED');
      const me = await api(t, ent).get('/api/me').expect(200);
      expect(me.body.org.suspendedAt).not.toBeNull();
      await refused(
        api(t, huaibei).post(`/api/organizations/${ent.org.id}/suspend`, { reason: '再次' }),
        409,
        'ORG_NOT_SUSPENDABLE',
      );
      await api(t, huaibei).post(`/api/organizations/${ent.org.id}/reinstate`, {}).expect(200);
      await api(t, ent).post('/api/listings/needs', need).expect(201);
      expect(await auditActions(t, ent.org.id)).toEqual(['org.suspend', 'org.reinstate']);
    });

    it('lets the platform admin alone edit an organisation’s name and contacts', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      const huaibei = await createBureauStaff(t, '340600', { admin: true });
      const org = (await api(t, platform).get(`/api/organizations/${ent.org.id}`)).body;
      await refused(
        api(t, huaibei).patch(`/api/organizations/${ent.org.id}`, { name: '改名', version: org.version }),
        403,
        'PERMISSION_DENIED',
      );
      const edited = await api(t, platform)
        .patch(`/api/organizations/${ent.org.id}`, {
          name: '淮北更名测试有限公司',
          contactName: '李四',
          version: org.version,
        })
        .expect(200);
      expect(edited.body).toMatchObject({
        name: '淮北更名测试有限公司',
        contactName: '李四',
        verificationStatus: 'verified',
      });
      await refused(
        api(t, platform).patch(`/api/organizations/${ent.org.id}`, { name: '再改', version: org.version }),
        409,
        'VERSION_CONFLICT',
      );
      await refused(
        api(t, platform).patch(`/api/organizations/${ent.org.id}`, {
          regionCode: '371300',
          version: edited.body.version,
        }),
        400,
        'VALIDATION_FAILED',
      );
    });
  });

  describe('the audit log', () => {
    it('filters by actor, action group, target and period, and exports XLSX of the bureau’s subtree only', async () => {
      const huaibei = await createBureauStaff(t, '340600', { admin: true });
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      const far = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371302' });
      await api(t, platform).post(`/api/organizations/${ent.org.id}/suspend`, { reason: '淮北核查' }).expect(200);
      await api(t, platform).post(`/api/organizations/${far.org.id}/suspend`, { reason: '临沂核查' }).expect(200);

      const page = await api(t, huaibei)
        .get('/api/audit', { action: 'org', targetId: ent.org.id, actor: platform.user.email.slice(0, 12) })
        .expect(200);
      expect(page.body.items).toHaveLength(1);
      expect(page.body.items[0]).toMatchObject({
        action: 'org.suspend',
        actionName: '暂停机构',
        targetName: '机构',
        targetLabel: ent.org.name,
        actorOrgName: platform.org.name,
      });
      expect((await api(t, huaibei).get('/api/audit', { targetId: far.org.id })).body.total).toBe(0);
      const future = new Date(Date.now() + 3600_000).toISOString();
      expect((await api(t, huaibei).get('/api/audit', { targetId: ent.org.id, from: future })).body.total).toBe(0);

      const file = await api(t, huaibei)
        .get('/api/audit/export', { action: 'org.suspend' })
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(file.headers['content-disposition']).toContain("filename*=UTF-8''%E5%AE%A1%E8%AE%A1");
      const wb = new ExcelJS.Workbook();
      // exceljs types its input as an ArrayBuffer-backed Buffer
      await wb.xlsx.load(Uint8Array.from(file.body as Buffer).buffer);
      const rows = wb.getWorksheet('审计日志')!.getSheetValues().slice(2) as unknown[][];
      expect(wb.getWorksheet('审计日志')!.getRow(1).getCell(4).value).toBe('操作');
      const targets = rows.map((r) => r[7]);
      expect(targets).toContain(ent.org.id);
      expect(targets).not.toContain(far.org.id);
      expect(rows.every((r) => r[4] === '暂停机构')).toBe(true);

      const other = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
      await refused(api(t, other).get('/api/audit/export'), 403, 'PERMISSION_DENIED');
      expect((await api(t, huaibei).get('/api/audit/export', { regionCode: '371300' })).status).toBe(403);
    });
  });
});
