import { JwtService } from '@nestjs/jwt';
import { generate } from 'otplib';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JWT_AUDIENCE, JWT_ISSUER } from '../libs/identity/src/index.js';
import { MAIL_PORT, type MailMessage, type MailPort } from '../libs/notifications/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import {
  addMember,
  bearer,
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  loginAs,
  randomCreditCode,
  randomPhone,
  TEST_PASSWORD,
  type TestOrg,
} from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';

describe('identity and access (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let platform: TestOrg;

  const auditActions = async (targetId: string): Promise<string[]> =>
    (await ds.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [targetId])).map(
      (r: { action: string }) => r.action,
    );

  const signUpBody = (over: { org?: Record<string, unknown>; admin?: Record<string, unknown> } = {}) => ({
    org: {
      type: 'enterprise',
      name: '淮北市相山新材料有限公司',
      creditCode: randomCreditCode('340600'),
      regionCode: '340600',
      contactName: '张经理',
      ...over.org,
    },
    admin: {
      email: `signup-${Math.random().toString(36).slice(2)}@example.cn`,
      phone: randomPhone(),
      displayName: '张强',
      password: 'Demo@2026',
      ...over.admin,
    },
  });

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_LOCKOUT_SECONDS: '2', PUBLIC_URL: 'https://jssc.example.gov.cn/' });
    ds = t.app.get(DataSource);
    platform = await createPlatformAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('sign-up', () => {
    it('creates a pending organisation and its admin in one go, with an audit row', async () => {
      const body = signUpBody();
      const res = await request(t.http).post('/api/auth/signup').send(body).expect(201);
      expect(res.body.org).toMatchObject({
        type: 'enterprise',
        verificationStatus: 'pending',
        regionCode: '340600',
        creditCode: body.org.creditCode,
      });
      expect(res.body.user).toMatchObject({
        email: body.admin.email,
        roles: ['org_admin'],
        status: 'active',
        orgId: res.body.org.id,
      });
      expect(res.body.user.passwordHash).toBeUndefined();
      const [{ password_hash }] = await ds.query(`SELECT password_hash FROM app_user WHERE id = $1`, [
        res.body.user.id,
      ]);
      expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await auditActions(res.body.org.id)).toEqual(['org.signup']);

      const byPhone = await loginAs(t, body.admin.phone, 'Demo@2026');
      const me = await request(t.http).get('/api/me').set(bearer(byPhone.accessToken)).expect(200);
      expect(me.body.org.verificationStatus).toBe('pending');
      // Until the bureau decides, the organisation may only complete its own registration.
      expect(me.body.permissions).toEqual(['org:edit-registration']);
    });

    it('accepts a 128-character password and refuses 129, or two character classes', async () => {
      const long = 'Aa1' + 'x'.repeat(125);
      await request(t.http)
        .post('/api/auth/signup')
        .send(signUpBody({ admin: { password: long } }))
        .expect(201);
      const tooLong = await request(t.http)
        .post('/api/auth/signup')
        .send(signUpBody({ admin: { password: long + 'x' } }))
        .expect(400);
      expect(tooLong.body.code).toBe('WEAK_PASSWORD');
      expect(
        (
          await request(t.http)
            .post('/api/auth/signup')
            .send(signUpBody({ admin: { password: 'abcdefgh1234' } }))
            .expect(400)
        ).body.code,
      ).toBe('WEAK_PASSWORD');
    });

    it('refuses a bad credit code, an unknown region, duplicates and platform sign-up, creating nothing', async () => {
      const [{ n: before }] = await ds.query(`SELECT count(*)::int AS n FROM organization`);
      const bad = signUpBody({ org: { creditCode: '914403001922038217' } });
      expect((await request(t.http).post('/api/auth/signup').send(bad).expect(400)).body.code).toBe(
        'INVALID_CREDIT_CODE',
      );
      expect(
        (
          await request(t.http)
            .post('/api/auth/signup')
            .send(signUpBody({ org: { regionCode: '999999' } }))
            .expect(400)
        ).body.code,
      ).toBe('UNKNOWN_REGION');
      expect(
        (
          await request(t.http)
            .post('/api/auth/signup')
            .send(signUpBody({ org: { type: 'platform' } }))
            .expect(400)
        ).body.code,
      ).toBe('ORG_TYPE_NOT_ALLOWED');
      expect(
        (
          await request(t.http)
            .post('/api/auth/signup')
            .send({ ...signUpBody(), extra: 1 })
            .expect(400)
        ).body.code,
      ).toBe('VALIDATION_FAILED');

      // Duplicate e-mail (any case): the organisation must not be left behind without its admin.
      const dupEmail = signUpBody({ admin: { email: platform.user.email.toUpperCase() } });
      expect((await request(t.http).post('/api/auth/signup').send(dupEmail).expect(409)).body.code).toBe('EMAIL_TAKEN');
      expect(await ds.query(`SELECT id FROM organization WHERE credit_code = $1`, [dupEmail.org.creditCode])).toEqual(
        [],
      );
      const dupCode = signUpBody({ org: { creditCode: platform.org.creditCode } });
      expect((await request(t.http).post('/api/auth/signup').send(dupCode).expect(409)).body.code).toBe(
        'CREDIT_CODE_TAKEN',
      );
      expect(await ds.query(`SELECT id FROM app_user WHERE email = $1`, [dupCode.admin.email])).toEqual([]);
      const [{ n: after }] = await ds.query(`SELECT count(*)::int AS n FROM organization`);
      expect(after).toBe(before);
    });

    it('refuses a bureau sign-up: bureaus are opened by the platform or invited by the bureau above', async () => {
      const res = await request(t.http)
        .post('/api/auth/signup')
        .send(
          signUpBody({
            org: { type: 'bureau', name: '某县科学技术局', creditCode: 'KJJ-532623-01', regionCode: '532623' },
          }),
        )
        .expect(400);
      expect(res.body.code).toBe('ORG_TYPE_NOT_ALLOWED');
    });
  });

  describe('tokens', () => {
    let ent: TestOrg;
    beforeAll(async () => {
      ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
    });

    it('requires a token everywhere except public routes', async () => {
      expect((await request(t.http).get('/api/me').expect(401)).body.code).toBe('TOKEN_MISSING');
      await request(t.http).get('/api/regions/340600').expect(200);
      await request(t.http).get('/api/me').set(bearer(ent.accessToken)).expect(200);
    });

    it('refuses forged, expired, wrong-signature, unsigned and garbage tokens with 401', async () => {
      const [{ id: sid }] = await ds.query(`SELECT id FROM auth_session WHERE user_id = $1 LIMIT 1`, [ent.user.id]);
      const claims = { sid, typ: 'access' };
      const opts = { subject: ent.user.id, issuer: JWT_ISSUER, audience: JWT_AUDIENCE };
      const forged = new JwtService({ secret: 'another-secret-another-secret-0123456789' }).sign(claims, {
        ...opts,
        expiresIn: 600,
      });
      const expired = t.app.get(JwtService).sign(claims, { ...opts, expiresIn: -10 });
      const otherIssuer = t.app.get(JwtService).sign(claims, { ...opts, issuer: 'evil', expiresIn: 600 });
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, sub: ent.user.id, iss: JWT_ISSUER, aud: JWT_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 })}.`;
      const [h, p] = ent.accessToken.split('.');
      const tampered = `${h}.${b64({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), sub: platform.user.id })}.${ent.accessToken.split('.')[2]}`;
      const cases: [string, string][] = [
        [forged, 'TOKEN_INVALID'],
        [expired, 'TOKEN_EXPIRED'],
        [otherIssuer, 'TOKEN_INVALID'],
        [unsigned, 'TOKEN_INVALID'],
        [tampered, 'TOKEN_INVALID'],
        ['not.a.token', 'TOKEN_INVALID'],
      ];
      for (const [token, code] of cases) {
        const res = await request(t.http).get('/api/me').set(bearer(token));
        expect([res.status, res.body.code]).toEqual([401, code]);
      }
    });

    it('rotates refresh tokens; reusing a spent one answers 401 and ends every session of the user', async () => {
      const first = await loginAs(t, ent.user.email);
      const other = await loginAs(t, ent.user.email);
      const second = (
        await request(t.http).post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
      ).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await request(t.http).get('/api/me').set(bearer(second.accessToken)).expect(200);

      const reuse = await request(t.http)
        .post('/api/auth/refresh')
        .send({ refreshToken: first.refreshToken })
        .expect(401);
      expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
      expect(
        (await request(t.http).post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401)).body
          .code,
      ).toBe('SESSION_EXPIRED');
      await request(t.http).post('/api/auth/refresh').send({ refreshToken: other.refreshToken }).expect(401);
      await request(t.http).get('/api/me').set(bearer(other.accessToken)).expect(401);
      await request(t.http).get('/api/me').set(bearer(ent.accessToken)).expect(401);
      expect(await auditActions(ent.user.id)).toContain('auth.refresh_reuse');
      expect(
        (
          await request(t.http)
            .post('/api/auth/refresh')
            .send({ refreshToken: 'x'.repeat(43) })
            .expect(401)
        ).body.code,
      ).toBe('REFRESH_TOKEN_INVALID');
      // A fresh login still works.
      await loginAs(t, ent.user.email);
    });

    it('logout ends the session: its access and refresh tokens stop working', async () => {
      const s = await loginAs(t, ent.user.email);
      await request(t.http).post('/api/auth/logout').set(bearer(s.accessToken)).expect(204);
      await request(t.http).get('/api/me').set(bearer(s.accessToken)).expect(401);
      await request(t.http).post('/api/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401);
      const [{ id }] = await ds.query(`SELECT id FROM auth_session WHERE user_id = $1 AND revoke_reason = 'logout'`, [
        ent.user.id,
      ]);
      expect(await auditActions(id)).toEqual(['auth.login', 'auth.logout']);
    });

    it('ends an idle session (idle deadline from SESSION_IDLE_TIMEOUT_SECONDS)', async () => {
      const s = await loginAs(t, ent.user.email);
      const [row] = await ds.query(
        `SELECT extract(epoch FROM idle_expires_at - created_at)::int AS idle, id FROM auth_session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
        [ent.user.id],
      );
      expect(row.idle).toBe(1800);
      await ds.query(`UPDATE auth_session SET idle_expires_at = now() - interval '1 second' WHERE id = $1`, [row.id]);
      expect((await request(t.http).get('/api/me').set(bearer(s.accessToken)).expect(401)).body.code).toBe(
        'SESSION_EXPIRED',
      );
      expect(
        (await request(t.http).post('/api/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401)).body.code,
      ).toBe('SESSION_EXPIRED');
    });
  });

  describe('login throttling', () => {
    it('locks the account after 5 wrong passwords: the 6th attempt and the right password get 429 until the lockout ends', async () => {
      const victim = await createOrgWithAdmin(t, { type: 'university', regionCode: '341600' });
      for (let i = 0; i < 5; i++) {
        const res = await request(t.http)
          .post('/api/auth/login')
          .send({ login: victim.user.email, password: 'Wrong@pass1' });
        expect([res.status, res.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
      }
      const sixth = await request(t.http)
        .post('/api/auth/login')
        .send({ login: victim.user.email, password: 'Wrong@pass1' })
        .expect(429);
      expect(sixth.body.code).toBe('ACCOUNT_LOCKED');
      expect(sixth.body.message).toContain('锁定');
      expect(
        (
          await request(t.http)
            .post('/api/auth/login')
            .send({ login: victim.user.email, password: TEST_PASSWORD })
            .expect(429)
        ).body.code,
      ).toBe('ACCOUNT_LOCKED');
      expect(await auditActions(victim.user.id)).toContain('auth.lockout');
      // LOGIN_LOCKOUT_SECONDS=2 in this suite: poll until the lockout is over.
      const deadline = Date.now() + 10_000;
      let status = 429;
      while (status === 429 && Date.now() < deadline) {
        status = (
          await request(t.http).post('/api/auth/login').send({ login: victim.user.email, password: TEST_PASSWORD })
        ).status;
        if (status === 429) await new Promise((r) => setTimeout(r, 200));
      }
      expect(status).toBe(200);
    });

    it('does not say whether an account exists', async () => {
      const res = await request(t.http)
        .post('/api/auth/login')
        .send({ login: 'nobody@example.cn', password: 'Wrong@pass1' })
        .expect(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
      expect(
        (await request(t.http).post('/api/auth/login').send({ login: 'nobody@example.cn' }).expect(400)).body.code,
      ).toBe('VALIDATION_FAILED');
    });
  });

  describe('organisation verification by the bureau of the region', () => {
    let huaibei: TestOrg;
    let dandong: TestOrg;
    let bozhou: TestOrg;
    beforeAll(async () => {
      [huaibei, dandong, bozhou] = await Promise.all([
        createBureauStaff(t, '340600'),
        createBureauStaff(t, '210600'),
        createBureauStaff(t, '341600'),
      ]);
    });

    it('丹东 bureau staff verifying a 淮北 organisation → 403; 淮北 staff → verified, audited', async () => {
      const pending = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600', verified: false });
      const denied = await request(t.http)
        .post(`/api/organizations/${pending.org.id}/verify`)
        .set(bearer(dandong.accessToken))
        .send({})
        .expect(403);
      expect(denied.body.code).toBe('ORG_OUT_OF_REGION');
      // 丹东 cannot even see it.
      expect(
        (await request(t.http).get(`/api/organizations/${pending.org.id}`).set(bearer(dandong.accessToken)).expect(404))
          .body.code,
      ).toBe('ORG_NOT_FOUND');
      const ok = await request(t.http)
        .post(`/api/organizations/${pending.org.id}/verify`)
        .set(bearer(huaibei.accessToken))
        .send({})
        .expect(200);
      expect(ok.body).toMatchObject({ verificationStatus: 'verified', version: 2 });
      expect(
        (
          await request(t.http)
            .post(`/api/organizations/${pending.org.id}/verify`)
            .set(bearer(huaibei.accessToken))
            .send({})
            .expect(409)
        ).body.code,
      ).toBe('ORG_ALREADY_DECIDED');
      expect(await auditActions(pending.org.id)).toEqual(['org.verify']);
      const [row] = await ds.query(
        `SELECT actor_user_id, region_code, before, after FROM audit_log WHERE target_id = $1`,
        [pending.org.id],
      );
      expect(row).toEqual({
        actor_user_id: huaibei.user.id,
        region_code: '340600',
        before: { verificationStatus: 'pending' },
        after: { verificationStatus: 'verified' },
      });
      // The organisation's users see the change on their next request.
      expect(
        (await request(t.http).get('/api/me').set(bearer(pending.accessToken)).expect(200)).body.org.verificationStatus,
      ).toBe('verified');
    });

    it('亳州 verifies an organisation in 利辛 (its subtree); a stale version is refused', async () => {
      const lixin = await createOrgWithAdmin(t, { type: 'research_institute', regionCode: '341623', verified: false });
      expect(
        (
          await request(t.http)
            .post(`/api/organizations/${lixin.org.id}/verify`)
            .set(bearer(bozhou.accessToken))
            .send({ version: 7 })
            .expect(409)
        ).body.code,
      ).toBe('VERSION_CONFLICT');
      await request(t.http)
        .post(`/api/organizations/${lixin.org.id}/verify`)
        .set(bearer(bozhou.accessToken))
        .send({ version: 1 })
        .expect(200);
    });

    it('rejects with a reason; the reason is required', async () => {
      const p = await createOrgWithAdmin(t, { type: 'broker_agency', regionCode: '340600', verified: false });
      expect(
        (
          await request(t.http)
            .post(`/api/organizations/${p.org.id}/reject`)
            .set(bearer(huaibei.accessToken))
            .send({})
            .expect(400)
        ).body.code,
      ).toBe('VALIDATION_FAILED');
      const res = await request(t.http)
        .post(`/api/organizations/${p.org.id}/reject`)
        .set(bearer(huaibei.accessToken))
        .send({ reason: '营业执照与填报名称不一致' })
        .expect(200);
      expect(res.body).toMatchObject({ verificationStatus: 'rejected', rejectionReason: '营业执照与填报名称不一致' });
      expect(await auditActions(p.org.id)).toEqual(['org.reject']);
    });

    it('refuses verification by non-bureau users, of oneself, and of unknown ids', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
      const target = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600', verified: false });
      expect(
        (
          await request(t.http)
            .post(`/api/organizations/${target.org.id}/verify`)
            .set(bearer(ent.accessToken))
            .send({})
            .expect(403)
        ).body.code,
      ).toBe('PERMISSION_DENIED');
      // An unverified bureau holds no bureau power at all; a verified one never decides on itself.
      const unverifiedBureau = await createOrgWithAdmin(t, {
        type: 'bureau',
        regionCode: '340600',
        roles: ['bureau_staff'],
        verified: false,
      });
      expect(
        (
          await request(t.http)
            .post(`/api/organizations/${unverifiedBureau.org.id}/verify`)
            .set(bearer(unverifiedBureau.accessToken))
            .send({})
            .expect(403)
        ).body.code,
      ).toBe('ORG_NOT_VERIFIED');
      const self = await createOrgWithAdmin(t, { type: 'bureau', regionCode: '340600', roles: ['bureau_admin'] });
      expect(
        (
          await request(t.http)
            .post(`/api/organizations/${self.org.id}/verify`)
            .set(bearer(self.accessToken))
            .send({})
            .expect(403)
        ).body.code,
      ).toBe('ORG_OUT_OF_REGION');
      expect(
        (
          await request(t.http)
            .post(`/api/organizations/00000000-0000-4000-8000-000000000000/verify`)
            .set(bearer(huaibei.accessToken))
            .send({})
            .expect(404)
        ).body.code,
      ).toBe('ORG_NOT_FOUND');
      expect(
        (
          await request(t.http)
            .post(`/api/organizations/not-a-uuid/verify`)
            .set(bearer(huaibei.accessToken))
            .send({})
            .expect(400)
        ).body.code,
      ).toBe('VALIDATION_FAILED');
      // Platform admins may verify anywhere.
      await request(t.http)
        .post(`/api/organizations/${target.org.id}/verify`)
        .set(bearer(platform.accessToken))
        .send({})
        .expect(200);
    });

    it('lists organisations within the bureau region only', async () => {
      const inDandong = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210600', verified: false });
      const list = await request(t.http)
        .get('/api/organizations')
        .query({ status: 'pending', pageSize: 100 })
        .set(bearer(huaibei.accessToken))
        .expect(200);
      expect(list.body.items.length).toBeGreaterThan(0);
      expect(
        list.body.items.every(
          (o: { regionCode: string }) => o.regionCode === '340600' || o.regionCode.startsWith('3406'),
        ),
      ).toBe(true);
      expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(inDandong.org.id);
      expect(
        (
          await request(t.http)
            .get('/api/organizations')
            .query({ regionCode: '210600' })
            .set(bearer(huaibei.accessToken))
            .expect(403)
        ).body.code,
      ).toBe('ORG_OUT_OF_REGION');
      const all = await request(t.http)
        .get('/api/organizations')
        .query({ regionCode: '210600', pageSize: 100 })
        .set(bearer(platform.accessToken))
        .expect(200);
      expect(all.body.items.map((o: { id: string }) => o.id)).toContain(inDandong.org.id);
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
      expect((await request(t.http).get('/api/organizations').set(bearer(ent.accessToken)).expect(403)).body.code).toBe(
        'PERMISSION_DENIED',
      );
    });
  });

  describe('members and ownership', () => {
    it('org admins invite, members accept, admins disable and enable; every change audited', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371300' });
      const email = `invitee-${Date.now()}@example.cn`;
      const inv = await request(t.http)
        .post('/api/org/members')
        .set(bearer(ent.accessToken))
        .send({ email, displayName: '李娜', roles: ['member'] })
        .expect(201);
      expect(inv.body.user.status).toBe('invited');
      const userId = inv.body.user.id;
      expect(
        (await request(t.http).post('/api/auth/login').send({ login: email, password: 'Demo@2026' }).expect(401)).body
          .code,
      ).toBe('INVALID_CREDENTIALS');
      expect(
        (
          await request(t.http)
            .post('/api/auth/accept-invite')
            .send({ token: inv.body.inviteToken, password: 'short' })
            .expect(400)
        ).body.code,
      ).toBe('WEAK_PASSWORD');
      await request(t.http)
        .post('/api/auth/accept-invite')
        .send({ token: inv.body.inviteToken, password: 'Demo@2026' })
        .expect(200);
      expect(
        (
          await request(t.http)
            .post('/api/auth/accept-invite')
            .send({ token: inv.body.inviteToken, password: 'Demo@2026' })
            .expect(400)
        ).body.code,
      ).toBe('INVITE_INVALID');
      const member = await loginAs(t, email, 'Demo@2026');

      // A member cannot manage members.
      expect(
        (
          await request(t.http)
            .post('/api/org/members')
            .set(bearer(member.accessToken))
            .send({ email: 'x@example.cn', displayName: 'x', roles: ['member'] })
            .expect(403)
        ).body.code,
      ).toBe('PERMISSION_DENIED');
      expect(
        (
          await request(t.http)
            .post(`/api/org/members/${ent.user.id}/disable`)
            .set(bearer(member.accessToken))
            .send()
            .expect(403)
        ).body.code,
      ).toBe('PERMISSION_DENIED');

      await request(t.http).post(`/api/org/members/${userId}/disable`).set(bearer(ent.accessToken)).send().expect(200);
      await request(t.http).get('/api/me').set(bearer(member.accessToken)).expect(401);
      expect(
        (await request(t.http).post('/api/auth/login').send({ login: email, password: 'Demo@2026' }).expect(401)).body
          .code,
      ).toBe('ACCOUNT_DISABLED');
      await request(t.http).post(`/api/org/members/${userId}/enable`).set(bearer(ent.accessToken)).send().expect(200);
      await loginAs(t, email, 'Demo@2026');
      expect(await auditActions(userId)).toEqual(['user.invite', 'user.accept_invite', 'user.disable', 'user.enable']);

      const list = await request(t.http).get('/api/org/members').set(bearer(ent.accessToken)).expect(200);
      expect(list.body.total).toBe(2);
      expect(
        (
          await request(t.http)
            .post(`/api/org/members/${ent.user.id}/disable`)
            .set(bearer(ent.accessToken))
            .send()
            .expect(400)
        ).body.code,
      ).toBe('CANNOT_DISABLE_SELF');
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
        const inv = await request(t.http)
          .post('/api/org/members')
          .set(bearer(ent.accessToken))
          .send({ email, displayName: '赵敏', roles: ['member'] })
          .expect(201);
        const token: string = inv.body.inviteToken;
        const [row] = await ds.query(
          `SELECT payload FROM job WHERE queue = 'notifications.mail' AND key = $1 AND done_at IS NULL`,
          [`mail:invite:${inv.body.user.id}`],
        );
        // Queued with the invitation, but neither the token nor the address is readable in the row.
        expect(Object.keys(row.payload)).toEqual(['sealed']);
        expect(JSON.stringify(row.payload)).not.toContain(token);
        expect(JSON.stringify(row.payload)).not.toContain(email);
        expect(await mailRows()).toBe(before + 1);
        expect(sent).toHaveLength(0);

        await t.app.get(JobRunner).drainUntilIdle();
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
        await request(t.http)
          .post('/api/auth/accept-invite')
          .send({ token: link![1], password: 'Demo@2026' })
          .expect(200);
        await loginAs(t, email, 'Demo@2026');

        // Refused invitations (taken address, a role the organisation cannot have, not an admin) queue no mail.
        expect(
          (
            await request(t.http)
              .post('/api/org/members')
              .set(bearer(ent.accessToken))
              .send({ email, displayName: '赵敏', roles: ['member'] })
              .expect(409)
          ).body.code,
        ).toBe('EMAIL_TAKEN');
        expect(
          (
            await request(t.http)
              .post('/api/org/members')
              .set(bearer(ent.accessToken))
              .send({ email: `x-${email}`, displayName: '王', roles: ['bureau_staff'] })
              .expect(400)
          ).body.code,
        ).toBe('ROLE_NOT_ALLOWED');
        const member = await addMember(t, ent, { roles: ['member'] });
        await request(t.http)
          .post('/api/org/members')
          .set(bearer(member.accessToken))
          .send({ email: `y-${email}`, displayName: '王', roles: ['member'] })
          .expect(403);
        expect(await mailRows()).toBe(before + 1);
      } finally {
        port.send = send;
      }
    });

    it('refuses roles the organisation type cannot have, and duplicate e-mails', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371300' });
      const r = await request(t.http)
        .post('/api/org/members')
        .set(bearer(ent.accessToken))
        .send({ email: `r-${Date.now()}@example.cn`, displayName: '王', roles: ['bureau_staff'] })
        .expect(400);
      expect(r.body.code).toBe('ROLE_NOT_ALLOWED');
      expect(
        (
          await request(t.http)
            .post('/api/org/members')
            .set(bearer(ent.accessToken))
            .send({ email: ent.user.email, displayName: '王', roles: ['member'] })
            .expect(409)
        ).body.code,
      ).toBe('EMAIL_TAKEN');
      expect(
        (
          await request(t.http)
            .post('/api/org/members')
            .set(bearer(ent.accessToken))
            .send({ email: 'a@example.cn', displayName: '王', roles: ['root'] })
            .expect(400)
        ).body.code,
      ).toBe('VALIDATION_FAILED');
    });

    it("another organisation's records answer 404", async () => {
      const a = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '532623' });
      const b = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '532623' });
      const bMember = await addMember(t, b, { roles: ['member'] });
      await request(t.http).get(`/api/organizations/${a.org.id}`).set(bearer(a.accessToken)).expect(200);
      expect(
        (await request(t.http).get(`/api/organizations/${b.org.id}`).set(bearer(a.accessToken)).expect(404)).body.code,
      ).toBe('ORG_NOT_FOUND');
      expect(
        (
          await request(t.http)
            .post(`/api/org/members/${bMember.user.id}/disable`)
            .set(bearer(a.accessToken))
            .send()
            .expect(404)
        ).body.code,
      ).toBe('USER_NOT_FOUND');
      await request(t.http).get('/api/me').set(bearer(bMember.accessToken)).expect(200);
    });
  });

  describe('TOTP second factor', () => {
    it('a bureau admin turns it on; login then needs the code', async () => {
      const admin = await createBureauStaff(t, '532600', { admin: true });
      const setup = await request(t.http).post('/api/me/totp/setup').set(bearer(admin.accessToken)).expect(200);
      expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
      const [{ totp_secret }] = await ds.query(`SELECT totp_secret FROM app_user WHERE id = $1`, [admin.user.id]);
      expect(totp_secret).not.toContain(setup.body.secret);
      expect(
        (
          await request(t.http)
            .post('/api/me/totp/enable')
            .set(bearer(admin.accessToken))
            .send({ code: '000000' })
            .expect(401)
        ).body.code,
      ).toBe('TOTP_INVALID');
      await request(t.http)
        .post('/api/me/totp/enable')
        .set(bearer(admin.accessToken))
        .send({ code: await generate({ secret: setup.body.secret }) })
        .expect(204);

      expect(
        (
          await request(t.http)
            .post('/api/auth/login')
            .send({ login: admin.user.email, password: TEST_PASSWORD })
            .expect(401)
        ).body.code,
      ).toBe('TOTP_REQUIRED');
      expect(
        (
          await request(t.http)
            .post('/api/auth/login')
            .send({ login: admin.user.email, password: TEST_PASSWORD, totpCode: '000000' })
            .expect(401)
        ).body.code,
      ).toBe('TOTP_INVALID');
      const code = await generate({ secret: setup.body.secret });
      await request(t.http)
        .post('/api/auth/login')
        .send({ login: admin.user.email, password: TEST_PASSWORD, totpCode: code })
        .expect(200);
      expect(await auditActions(admin.user.id)).toContain('user.totp_enable');
    });

    it('is refused to enterprise accounts', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
      expect(
        (await request(t.http).post('/api/me/totp/setup').set(bearer(ent.accessToken)).expect(403)).body.code,
      ).toBe('PERMISSION_DENIED');
    });
  });

  describe('audit log', () => {
    it('bureau admins read their region only; platform admins read all; nobody can change a row', async () => {
      const hbAdmin = await createBureauStaff(t, '340600', { admin: true });
      const hbStaff = await createBureauStaff(t, '340600');
      const ddStaff = await createBureauStaff(t, '210600');
      const hbOrg = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600', verified: false });
      const ddOrg = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210600', verified: false });
      await request(t.http)
        .post(`/api/organizations/${hbOrg.org.id}/verify`)
        .set(bearer(hbStaff.accessToken))
        .send({})
        .expect(200);
      await request(t.http)
        .post(`/api/organizations/${ddOrg.org.id}/verify`)
        .set(bearer(ddStaff.accessToken))
        .send({})
        .expect(200);

      const mine = await request(t.http)
        .get('/api/audit')
        .query({ action: 'org.verify', pageSize: 100 })
        .set(bearer(hbAdmin.accessToken))
        .expect(200);
      const targets = mine.body.items.map((r: { targetId: string }) => r.targetId);
      expect(targets).toContain(hbOrg.org.id);
      expect(targets).not.toContain(ddOrg.org.id);
      expect(mine.body.items.every((r: { regionCode: string }) => r.regionCode.startsWith('3406'))).toBe(true);
      expect(
        (
          await request(t.http)
            .get('/api/audit')
            .query({ regionCode: '210600' })
            .set(bearer(hbAdmin.accessToken))
            .expect(403)
        ).body.code,
      ).toBe('AUDIT_FORBIDDEN');

      const all = await request(t.http)
        .get('/api/audit')
        .query({ action: 'org.verify', pageSize: 100 })
        .set(bearer(platform.accessToken))
        .expect(200);
      expect(all.body.items.map((r: { targetId: string }) => r.targetId)).toEqual(
        expect.arrayContaining([hbOrg.org.id, ddOrg.org.id]),
      );
      const paged = await request(t.http)
        .get('/api/audit')
        .query({ pageSize: 1, page: 2 })
        .set(bearer(platform.accessToken))
        .expect(200);
      expect(paged.body.items).toHaveLength(1);
      expect(paged.body.total).toBeGreaterThan(2);
      const byTarget = await request(t.http)
        .get('/api/audit')
        .query({ targetType: 'organization', targetId: ddOrg.org.id })
        .set(bearer(platform.accessToken))
        .expect(200);
      expect(byTarget.body.items).toEqual([
        expect.objectContaining({ action: 'org.verify', actorUserId: ddStaff.user.id, regionCode: '210600' }),
      ]);
      expect(byTarget.body.items[0].requestId).toEqual(expect.any(String));

      // Staff without audit:read, and enterprises, are refused.
      expect((await request(t.http).get('/api/audit').set(bearer(hbStaff.accessToken)).expect(403)).body.code).toBe(
        'PERMISSION_DENIED',
      );
      expect((await request(t.http).get('/api/audit').set(bearer(hbOrg.accessToken)).expect(403)).body.code).toBe(
        'PERMISSION_DENIED',
      );

      const id = byTarget.body.items[0].id;
      for (const method of ['put', 'patch', 'delete'] as const) {
        expect(
          (await request(t.http)[method](`/api/audit/${id}`).set(bearer(platform.accessToken)).send({}).expect(404))
            .body.code,
        ).toBe('ROUTE_NOT_FOUND');
      }
      await expect(ds.query(`UPDATE audit_log SET action = 'x' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(ds.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
      expect((await ds.query(`SELECT action FROM audit_log WHERE id = $1`, [id]))[0].action).toBe('org.verify');
    });

    it('a bureau admin switches listing review off for the region (audited)', async () => {
      const admin = await createBureauStaff(t, '371300', { admin: true });
      const res = await request(t.http)
        .patch('/api/org/settings')
        .set(bearer(admin.accessToken))
        .send({ reviewListings: false })
        .expect(200);
      expect(res.body.reviewListings).toBe(false);
      expect(await auditActions(admin.org.id)).toEqual(['org.settings']);
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371300' });
      expect(
        (
          await request(t.http)
            .patch('/api/org/settings')
            .set(bearer(ent.accessToken))
            .send({ reviewListings: false })
            .expect(403)
        ).body.code,
      ).toBe('PERMISSION_DENIED');
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
      await request(t.http)
        .post(`/api/org/members/${member.user.id}/disable`)
        .set(bearer(ent.accessToken))
        .send()
        .expect(200);
      const bureau = await createBureauStaff(t, '341600');

      const all = await request(t.http)
        .get('/api/admin/users')
        .query({ pageSize: 2 })
        .set(bearer(platform.accessToken))
        .expect(200);
      expect(all.body).toMatchObject({ page: 1, pageSize: 2 });
      expect(all.body.items).toHaveLength(2);
      expect(all.body.total).toBeGreaterThanOrEqual(4);
      expect(all.body.items[0].passwordHash).toBeUndefined();

      const ofOrg = await request(t.http)
        .get('/api/admin/users')
        .query({ orgId: ent.org.id })
        .set(bearer(platform.accessToken))
        .expect(200);
      expect(ofOrg.body.total).toBe(2);
      expect(ofOrg.body.items.map((u: { id: string }) => u.id).sort()).toEqual([ent.user.id, member.user.id].sort());
      expect(ofOrg.body.items[0].org).toEqual({
        id: ent.org.id,
        name: '亳州用户列表测试有限公司',
        type: 'enterprise',
        regionCode: '341600',
      });

      const disabled = await request(t.http)
        .get('/api/admin/users')
        .query({ orgId: ent.org.id, disabled: 'true' })
        .set(bearer(platform.accessToken))
        .expect(200);
      expect(disabled.body.items.map((u: { id: string; status: string }) => [u.id, u.status])).toEqual([
        [member.user.id, 'disabled'],
      ]);
      const enabled = await request(t.http)
        .get('/api/admin/users')
        .query({ orgId: ent.org.id, disabled: 'false' })
        .set(bearer(platform.accessToken))
        .expect(200);
      expect(enabled.body.items.map((u: { id: string }) => u.id)).toEqual([ent.user.id]);

      const staff = await request(t.http)
        .get('/api/admin/users')
        .query({ role: 'bureau_staff', pageSize: 100 })
        .set(bearer(platform.accessToken))
        .expect(200);
      expect(staff.body.items.map((u: { id: string }) => u.id)).toContain(bureau.user.id);
      expect(staff.body.items.every((u: { roles: string[] }) => u.roles.includes('bureau_staff'))).toBe(true);
      const byEmail = await request(t.http)
        .get('/api/admin/users')
        .query({ q: bureau.user.email })
        .set(bearer(platform.accessToken))
        .expect(200);
      expect(byEmail.body.items.map((u: { id: string }) => u.id)).toEqual([bureau.user.id]);
    });

    it('refuses everyone but the platform admin (403) and invalid filters (400)', async () => {
      const bureauAdmin = await createBureauStaff(t, '340600', { admin: true });
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
      for (const who of [bureauAdmin, ent]) {
        expect((await request(t.http).get('/api/admin/users').set(bearer(who.accessToken)).expect(403)).body.code).toBe(
          'PERMISSION_DENIED',
        );
      }
      await request(t.http).get('/api/admin/users').expect(401);
      for (const bad of [{ role: 'root' }, { orgId: 'x' }, { disabled: 'yes' }, { pageSize: 1000 }, { extra: '1' }]) {
        const res = await request(t.http)
          .get('/api/admin/users')
          .query(bad)
          .set(bearer(platform.accessToken))
          .expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  it('documents the identity endpoints', async () => {
    const res = await request(t.http).get('/api/docs-json').expect(200);
    for (const p of [
      '/api/auth/signup',
      '/api/auth/login',
      '/api/auth/refresh',
      '/api/me',
      '/api/organizations/{id}/verify',
      '/api/audit',
      '/api/admin/users',
    ]) {
      expect(Object.keys(res.body.paths)).toContain(p);
    }
  });
});
