import { DataSource } from 'typeorm';
import {
  createOrgWithAdmin,
  appWithPlatform,
  loginAs,
  randomCreditCode,
  randomPhone,
  TEST_PASSWORD,
  auditActions,
  type TestOrg,
} from './factories/identity.factory.js';
import type { TestApp } from './test-app.js';
import { api, refused } from './http.js';

/** Sign-up, login throttling and the identity endpoints' documentation. */
describe('identity: sign-up and login (e2e)', () => {
  let t: TestApp, ds: DataSource, platform: TestOrg;

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

  beforeAll(async () => ({ t, ds, platform } = await appWithPlatform({ LOGIN_LOCKOUT_SECONDS: '2' })));
  afterAll(() => t.close());

  describe('sign-up', () => {
    it('creates a pending organisation and its admin in one go, with an audit row', async () => {
      const body = signUpBody();
      const res = await api(t).post('/api/auth/signup', body).expect(201);
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
      expect(await auditActions(t, res.body.org.id)).toEqual(['org.signup']);

      const byPhone = await loginAs(t, body.admin.phone, 'Demo@2026');
      const me = await api(t, byPhone).get('/api/me').expect(200);
      expect(me.body.org.verificationStatus).toBe('pending');
      // Until the bureau decides, the organisation may only complete its own registration.
      expect(me.body.permissions).toEqual(['org:edit-registration']);
    });

    it('accepts a 128-character password and refuses 129, or two character classes', async () => {
      const long = 'Aa1' + 'x'.repeat(125);
      await api(t)
        .post('/api/auth/signup', signUpBody({ admin: { password: long } }))
        .expect(201);
      const tooLong = await api(t)
        .post('/api/auth/signup', signUpBody({ admin: { password: long + 'x' } }))
        .expect(400);
      expect(tooLong.body.code).toBe('WEAK_PASSWORD');
      await refused(
        api(t).post('/api/auth/signup', signUpBody({ admin: { password: 'abcdefgh1234' } })),
        400,
        'WEAK_PASSWORD',
      );
    });

    it('refuses a bad credit code, an unknown region, duplicates and platform sign-up, creating nothing', async () => {
      const [{ n: before }] = await ds.query(`SELECT count(*)::int AS n FROM organization`);
      const bad = signUpBody({ org: { creditCode: '914403001922038217' } });
      await refused(api(t).post('/api/auth/signup', bad), 400, 'INVALID_CREDIT_CODE');
      await refused(
        api(t).post('/api/auth/signup', signUpBody({ org: { regionCode: '999999' } })),
        400,
        'UNKNOWN_REGION',
      );
      await refused(
        api(t).post('/api/auth/signup', signUpBody({ org: { type: 'platform' } })),
        400,
        'ORG_TYPE_NOT_ALLOWED',
      );
      await refused(api(t).post('/api/auth/signup', { ...signUpBody(), extra: 1 }), 400, 'VALIDATION_FAILED');

      // Duplicate e-mail (any case): the organisation must not be left behind without its admin.
      const dupEmail = signUpBody({ admin: { email: platform.user.email.toUpperCase() } });
      await refused(api(t).post('/api/auth/signup', dupEmail), 409, 'EMAIL_TAKEN');
      expect(await ds.query(`SELECT id FROM organization WHERE credit_code = $1`, [dupEmail.org.creditCode])).toEqual(
        [],
      );
      const dupCode = signUpBody({ org: { creditCode: platform.org.creditCode } });
      await refused(api(t).post('/api/auth/signup', dupCode), 409, 'CREDIT_CODE_TAKEN');
      expect(await ds.query(`SELECT id FROM app_user WHERE email = $1`, [dupCode.admin.email])).toEqual([]);
      const [{ n: after }] = await ds.query(`SELECT count(*)::int AS n FROM organization`);
      expect(after).toBe(before);
    });

    it('refuses a bureau sign-up: bureaus are opened by the platform or invited by the bureau above', async () => {
      const res = await api(t)
        .post(
          '/api/auth/signup',
          signUpBody({
            org: { type: 'bureau', name: '某县科学技术局', creditCode: 'KJJ-532623-01', regionCode: '532623' },
          }),
        )
        .expect(400);
      expect(res.body.code).toBe('ORG_TYPE_NOT_ALLOWED');
    });
  });

  describe('login throttling', () => {
    it('locks the account after 5 wrong passwords: the 6th attempt and the right password get 429 until the lockout ends', async () => {
      const victim = await createOrgWithAdmin(t, { type: 'university', regionCode: '341600' });
      for (let i = 0; i < 5; i++) {
        const res = await api(t).post('/api/auth/login', { login: victim.user.email, password: 'Wrong@pass1' });
        expect([res.status, res.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
      }
      const sixth = await api(t)
        .post('/api/auth/login', { login: victim.user.email, password: 'Wrong@pass1' })
        .expect(429);
      expect(sixth.body.code).toBe('ACCOUNT_LOCKED');
      expect(sixth.body.message).toContain('锁定');
      await refused(
        api(t).post('/api/auth/login', { login: victim.user.email, password: TEST_PASSWORD }),
        429,
        'ACCOUNT_LOCKED',
      );
      expect(await auditActions(t, victim.user.id)).toContain('auth.lockout');
      // LOGIN_LOCKOUT_SECONDS=2 in this suite: poll until the lockout is over.
      const deadline = Date.now() + 10_000;
      let status = 429;
      while (status === 429 && Date.now() < deadline) {
        status = (await api(t).post('/api/auth/login', { login: victim.user.email, password: TEST_PASSWORD })).status;
        if (status === 429) await new Promise((r) => setTimeout(r, 200));
      }
      expect(status).toBe(200);
    });

    it('does not say whether an account exists', async () => {
      const res = await api(t)
        .post('/api/auth/login', { login: 'nobody@example.cn', password: 'Wrong@pass1' })
        .expect(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
      await refused(api(t).post('/api/auth/login', { login: 'nobody@example.cn' }), 400, 'VALIDATION_FAILED');
    });
  });

  it('documents the identity endpoints', async () => {
    const res = await api(t).get('/api/docs-json').expect(200);
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
