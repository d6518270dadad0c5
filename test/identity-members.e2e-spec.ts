import { DataSource } from 'typeorm';
import { MAIL_PORT, type MailMessage, type MailPort } from '../libs/notifications/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import {
  addMember,
  createBureauStaff,
  createOrgWithAdmin,
  appWithPlatform,
  loginAs,
  auditActions,
  type TestOrg,
} from './factories/identity.factory.js';
import type { TestApp } from './test-app.js';
import { api, refused } from './http.js';

/** An organisation's members (invitations, the invitation mail, disabling) and the platform's user list. */
describe('identity: members and the platform user list (e2e)', () => {
  let t: TestApp, ds: DataSource, platform: TestOrg;

  beforeAll(async () => ({ t, ds, platform } = await appWithPlatform({ PUBLIC_URL: 'https://jssc.example.gov.cn/' })));
  afterAll(() => t.close());

  describe('members and ownership', () => {
    it('org admins invite, members accept, admins disable and enable; every change audited', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371300' });
      const email = `invitee-${Date.now()}@example.cn`;
      const inv = await api(t, ent)
        .post('/api/org/members', { email, displayName: '李娜', roles: ['member'] })
        .expect(201);
      expect(inv.body.user.status).toBe('invited');
      const userId = inv.body.user.id;
      await refused(
        api(t).post('/api/auth/login', { login: email, password: 'Demo@2026' }),
        401,
        'INVALID_CREDENTIALS',
      );
      await refused(
        api(t).post('/api/auth/accept-invite', { token: inv.body.inviteToken, password: 'short' }),
        400,
        'WEAK_PASSWORD',
      );
      await api(t).post('/api/auth/accept-invite', { token: inv.body.inviteToken, password: 'Demo@2026' }).expect(200);
      await refused(
        api(t).post('/api/auth/accept-invite', { token: inv.body.inviteToken, password: 'Demo@2026' }),
        400,
        'INVITE_INVALID',
      );
      const member = await loginAs(t, email, 'Demo@2026');

      // A member cannot manage members.
      await refused(
        api(t, member).post('/api/org/members', { email: 'x@example.cn', displayName: 'x', roles: ['member'] }),
        403,
        'PERMISSION_DENIED',
      );
      await refused(api(t, member).post(`/api/org/members/${ent.user.id}/disable`).send(), 403, 'PERMISSION_DENIED');

      await api(t, ent).post(`/api/org/members/${userId}/disable`).send().expect(200);
      await api(t, member).get('/api/me').expect(401);
      await refused(api(t).post('/api/auth/login', { login: email, password: 'Demo@2026' }), 401, 'ACCOUNT_DISABLED');
      await api(t, ent).post(`/api/org/members/${userId}/enable`).send().expect(200);
      await loginAs(t, email, 'Demo@2026');
      expect(await auditActions(t, userId)).toEqual([
        'user.invite',
        'user.accept_invite',
        'user.disable',
        'user.enable',
      ]);

      const list = await api(t, ent).get('/api/org/members').expect(200);
      expect(list.body.total).toBe(2);
      await refused(api(t, ent).post(`/api/org/members/${ent.user.id}/disable`).send(), 400, 'CANNOT_DISABLE_SELF');
    });

    it('mails the invitee the accept link after commit, sealed in its job; a refused invitation queues nothing', async () => {
      const ent = await createOrgWithAdmin(t, {
        type: 'enterprise',
        regionCode: '371300',
        name: '临沂邀请测试科技有限公司',
      });
      const mailRows = async (): Promise<number> =>
        (await ds.query(`SELECT count(*)::int AS n FROM job WHERE queue = 'notifications.mail'`))[0].n;
      const sent: MailMessage[] = [];
      const port = t.app.get<MailPort>(MAIL_PORT);
      const send = port.send;
      port.send = async (mail) => {
        sent.push(mail);
      };
      try {
        const before = await mailRows();
        const email = `mailed-${Date.now()}@example.cn`;
        const inv = await api(t, ent)
          .post('/api/org/members', { email, displayName: '赵敏', roles: ['member'] })
          .expect(201);
        const token: string = inv.body.inviteToken;
        const [row] = await ds.query(
          `SELECT payload FROM job WHERE queue = 'notifications.mail' AND key = $1 AND done_at IS NULL`,
          [`mail:invite:${inv.body.user.id}`],
        );
        // Queued with the invitation, but neither the token nor the address is readable in the job;
        // the delivery it names holds the text sealed.
        expect(Object.keys(row.payload)).toEqual(['deliveryId']);
        expect(JSON.stringify(row.payload)).not.toContain(email);
        const [delivery] = await ds.query(`SELECT * FROM notification_delivery WHERE id = $1`, [
          row.payload.deliveryId,
        ]);
        expect(delivery).toMatchObject({ kind: 'direct', status: 'pending', address: email });
        expect(JSON.stringify(delivery)).not.toContain(token);
        expect(await mailRows()).toBe(before + 1);
        expect(sent).toHaveLength(0);

        await t.app.get(JobRunner).drainUntilIdle({ lane: 'mail' });
        const mail = sent.find((m) => m.to.includes(email));
        expect(mail).toMatchObject({
          to: [email],
          subject: '【网上技术市场】临沂邀请测试科技有限公司邀请您加入',
          reference: `invite:${inv.body.user.id}`,
        });
        expect(mail!.text).toContain('赵敏，您好');
        const link = /https:\/\/jssc\.example\.gov\.cn\/accept-invite#token=([A-Za-z0-9_-]+)/.exec(mail!.text);
        expect(link?.[1]).toBe(token);
        // The link in the mail is what the invitee uses.
        await api(t).post('/api/auth/accept-invite', { token: link![1], password: 'Demo@2026' }).expect(200);
        await loginAs(t, email, 'Demo@2026');

        // Refused invitations (taken address, a role the organisation cannot have, not an admin) queue no mail.
        await refused(
          api(t, ent).post('/api/org/members', { email, displayName: '赵敏', roles: ['member'] }),
          409,
          'EMAIL_TAKEN',
        );
        await refused(
          api(t, ent).post('/api/org/members', { email: `x-${email}`, displayName: '王', roles: ['bureau_staff'] }),
          403,
          'ROLE_ESCALATION',
        );
        const member = await addMember(t, ent, { roles: ['member'] });
        await api(t, member)
          .post('/api/org/members', { email: `y-${email}`, displayName: '王', roles: ['member'] })
          .expect(403);
        expect(await mailRows()).toBe(before + 1);
      } finally {
        port.send = send;
      }
    });

    it('refuses roles beyond the inviter (403), roles the organisation type cannot have (400), and duplicate e-mails', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371300' });
      await refused(
        api(t, ent).post('/api/org/members', {
          email: `r-${Date.now()}@example.cn`,
          displayName: '王',
          roles: ['bureau_staff'],
        }),
        403,
        'ROLE_ESCALATION',
      );
      const bureau = await createBureauStaff(t, '371300', { admin: true });
      await refused(
        api(t, bureau).post('/api/org/members', {
          email: `m-${Date.now()}@example.cn`,
          displayName: '王',
          roles: ['member'],
        }),
        400,
        'ROLE_NOT_ALLOWED',
      );
      await refused(
        api(t, ent).post('/api/org/members', { email: ent.user.email, displayName: '王', roles: ['member'] }),
        409,
        'EMAIL_TAKEN',
      );
      await refused(
        api(t, ent).post('/api/org/members', { email: 'a@example.cn', displayName: '王', roles: ['root'] }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it("another organisation's records answer 404", async () => {
      const a = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '532623' });
      const b = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '532623' });
      const bMember = await addMember(t, b, { roles: ['member'] });
      await api(t, a).get(`/api/organizations/${a.org.id}`).expect(200);
      await refused(api(t, a).get(`/api/organizations/${b.org.id}`), 404, 'ORG_NOT_FOUND');
      await refused(api(t, a).post(`/api/org/members/${bMember.user.id}/disable`).send(), 404, 'USER_NOT_FOUND');
      await api(t, bMember).get('/api/me').expect(200);
    });
  });

  describe('the platform user list (GET /api/admin/users)', () => {
    it('lists every user for the platform admin, paged and filtered by organisation, role and disabled', async () => {
      const ent = await createOrgWithAdmin(t, {
        type: 'enterprise',
        regionCode: '341600',
        name: '亳州用户列表测试有限公司',
      });
      const member = await addMember(t, ent, { roles: ['member'] });
      await api(t, ent).post(`/api/org/members/${member.user.id}/disable`).send().expect(200);
      const bureau = await createBureauStaff(t, '341600');

      const all = await api(t, platform).get('/api/admin/users', { pageSize: 2 }).expect(200);
      expect(all.body).toMatchObject({ page: 1, pageSize: 2 });
      expect(all.body.items).toHaveLength(2);
      expect(all.body.total).toBeGreaterThanOrEqual(4);
      expect(all.body.items[0].passwordHash).toBeUndefined();

      const ofOrg = await api(t, platform).get('/api/admin/users', { orgId: ent.org.id }).expect(200);
      expect(ofOrg.body.total).toBe(2);
      expect(ofOrg.body.items.map((u: { id: string }) => u.id).sort()).toEqual([ent.user.id, member.user.id].sort());
      expect(ofOrg.body.items[0].org).toEqual({
        id: ent.org.id,
        name: '亳州用户列表测试有限公司',
        type: 'enterprise',
        regionCode: '341600',
      });

      const disabled = await api(t, platform)
        .get('/api/admin/users', { orgId: ent.org.id, disabled: 'true' })
        .expect(200);
      expect(disabled.body.items.map((u: { id: string; status: string }) => [u.id, u.status])).toEqual([
        [member.user.id, 'disabled'],
      ]);
      const enabled = await api(t, platform)
        .get('/api/admin/users', { orgId: ent.org.id, disabled: 'false' })
        .expect(200);
      expect(enabled.body.items.map((u: { id: string }) => u.id)).toEqual([ent.user.id]);

      const staff = await api(t, platform).get('/api/admin/users', { role: 'bureau_staff', pageSize: 100 }).expect(200);
      expect(staff.body.items.map((u: { id: string }) => u.id)).toContain(bureau.user.id);
      expect(staff.body.items.every((u: { roles: string[] }) => u.roles.includes('bureau_staff'))).toBe(true);
      const byEmail = await api(t, platform).get('/api/admin/users', { q: bureau.user.email }).expect(200);
      expect(byEmail.body.items.map((u: { id: string }) => u.id)).toEqual([bureau.user.id]);
    });

    it('refuses everyone but the platform admin (403) and invalid filters (400)', async () => {
      const bureauAdmin = await createBureauStaff(t, '340600', { admin: true });
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
      for (const who of [bureauAdmin, ent]) {
        await refused(api(t, who).get('/api/admin/users'), 403, 'PERMISSION_DENIED');
      }
      await api(t).get('/api/admin/users').expect(401);
      for (const bad of [{ role: 'root' }, { orgId: 'x' }, { disabled: 'yes' }, { pageSize: 1000 }, { extra: '1' }]) {
        const res = await api(t, platform).get('/api/admin/users', bad).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });
});
