import { JwtService } from '@nestjs/jwt';
import { generate } from 'otplib';
import { DataSource } from 'typeorm';
import { JWT_AUDIENCE, JWT_ISSUER } from '../libs/identity/src/index.js';
import {
  bearer,
  createBureauStaff,
  createOrgWithAdmin,
  appWithPlatform,
  loginAs,
  TEST_PASSWORD,
  auditActions,
  type TestOrg,
} from './factories/identity.factory.js';
import type { TestApp } from './test-app.js';
import { api, refused } from './http.js';

/** Access and refresh tokens, sessions, and the TOTP second factor. */
describe('identity: tokens, sessions and TOTP (e2e)', () => {
  let t: TestApp, ds: DataSource, platform: TestOrg;

  beforeAll(async () => ({ t, ds, platform } = await appWithPlatform()));
  afterAll(() => t.close());

  describe('tokens', () => {
    // Every test signs in its own enterprise: one of them ends all of a user's sessions.
    const enterprise = () => createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });

    it('requires a token everywhere except public routes', async () => {
      const ent = await enterprise();
      await refused(api(t).get('/api/me'), 401, 'TOKEN_MISSING');
      await api(t).get('/api/regions/340600').expect(200);
      await api(t, ent).get('/api/me').expect(200);
    });

    it('refuses forged, expired, wrong-signature, unsigned and garbage tokens with 401', async () => {
      const ent = await enterprise();
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
        const res = await api(t).get('/api/me').set(bearer(token));
        expect([res.status, res.body.code]).toEqual([401, code]);
      }
    });

    it('rotates refresh tokens; reusing a spent one answers 401 and ends every session of the user', async () => {
      const ent = await enterprise();
      const first = await loginAs(t, ent.user.email);
      const other = await loginAs(t, ent.user.email);
      const second = (await api(t).post('/api/auth/refresh', { refreshToken: first.refreshToken }).expect(200)).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await api(t, second).get('/api/me').expect(200);

      const reuse = await api(t).post('/api/auth/refresh', { refreshToken: first.refreshToken }).expect(401);
      expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
      await refused(api(t).post('/api/auth/refresh', { refreshToken: second.refreshToken }), 401, 'SESSION_EXPIRED');
      await api(t).post('/api/auth/refresh', { refreshToken: other.refreshToken }).expect(401);
      await api(t, other).get('/api/me').expect(401);
      await api(t, ent).get('/api/me').expect(401);
      expect(await auditActions(t, ent.user.id)).toContain('auth.refresh_reuse');
      await refused(api(t).post('/api/auth/refresh', { refreshToken: 'x'.repeat(43) }), 401, 'REFRESH_TOKEN_INVALID');
      // A fresh login still works.
      await loginAs(t, ent.user.email);
    });

    it('logout ends the session: its access and refresh tokens stop working', async () => {
      const ent = await enterprise();
      const s = await loginAs(t, ent.user.email);
      await api(t, s).post('/api/auth/logout').expect(204);
      await api(t, s).get('/api/me').expect(401);
      await api(t).post('/api/auth/refresh', { refreshToken: s.refreshToken }).expect(401);
      const [{ id }] = await ds.query(`SELECT id FROM auth_session WHERE user_id = $1 AND revoke_reason = 'logout'`, [
        ent.user.id,
      ]);
      expect(await auditActions(t, id)).toEqual(['auth.login', 'auth.logout']);
    });

    it('ends an idle session (idle deadline from SESSION_IDLE_TIMEOUT_SECONDS)', async () => {
      const ent = await enterprise();
      const s = await loginAs(t, ent.user.email);
      const [row] = await ds.query(
        `SELECT extract(epoch FROM idle_expires_at - created_at)::int AS idle, id FROM auth_session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
        [ent.user.id],
      );
      expect(row.idle).toBe(1800);
      await ds.query(`UPDATE auth_session SET idle_expires_at = now() - interval '1 second' WHERE id = $1`, [row.id]);
      await refused(api(t, s).get('/api/me'), 401, 'SESSION_EXPIRED');
      await refused(api(t).post('/api/auth/refresh', { refreshToken: s.refreshToken }), 401, 'SESSION_EXPIRED');
    });
  });

  describe('TOTP second factor', () => {
    it('a bureau admin turns it on; login then needs the code', async () => {
      const admin = await createBureauStaff(t, '532600', { admin: true });
      const setup = await api(t, admin).post('/api/me/totp/setup').expect(200);
      expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
      const [{ totp_secret }] = await ds.query(`SELECT totp_secret FROM app_user WHERE id = $1`, [admin.user.id]);
      expect(totp_secret).not.toContain(setup.body.secret);
      await refused(api(t, admin).post('/api/me/totp/enable', { code: '000000' }), 401, 'TOTP_INVALID');
      const enabled = await api(t, admin)
        .post('/api/me/totp/enable', { code: await generate({ secret: setup.body.secret }) })
        .expect(200);
      expect(enabled.body.recoveryCodes).toHaveLength(10);

      await refused(
        api(t).post('/api/auth/login', { login: admin.user.email, password: TEST_PASSWORD }),
        401,
        'TOTP_REQUIRED',
      );
      await refused(
        api(t).post('/api/auth/login', { login: admin.user.email, password: TEST_PASSWORD, totpCode: '000000' }),
        401,
        'TOTP_INVALID',
      );
      const code = await generate({ secret: setup.body.secret });
      await api(t)
        .post('/api/auth/login', { login: admin.user.email, password: TEST_PASSWORD, totpCode: code })
        .expect(200);
      expect(await auditActions(t, admin.user.id)).toContain('user.totp_enable');
    });

    it('gives recovery codes once, kept only as hashes, each logging in once instead of a TOTP code', async () => {
      const admin = await createBureauStaff(t, '532600', { admin: true });
      const setup = await api(t, admin).post('/api/me/totp/setup').expect(200);
      const { body } = await api(t, admin)
        .post('/api/me/totp/enable', { code: await generate({ secret: setup.body.secret }) })
        .expect(200);
      const codes: string[] = body.recoveryCodes;
      expect(new Set(codes).size).toBe(10);
      for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      const stored: { code_hash: string }[] = await ds.query(
        `SELECT code_hash FROM totp_recovery_code WHERE user_id = $1`,
        [admin.user.id],
      );
      expect(stored).toHaveLength(10);
      expect(JSON.stringify(stored)).not.toContain(codes[0]!.replace('-', ''));

      const login = (recoveryCode: string) =>
        api(t).post('/api/auth/login', { login: admin.user.email, password: TEST_PASSWORD, recoveryCode });
      // Typed by hand: upper case and without the dash is the same code.
      await login(codes[0]!.toUpperCase().replace('-', '')).expect(200);
      await refused(login(codes[0]!), 401, 'RECOVERY_CODE_INVALID');
      await refused(login('abcde-fghjk'), 401, 'RECOVERY_CODE_INVALID');
      // Two logins racing with one code: exactly one gets in.
      const race = await Promise.all([login(codes[1]!), login(codes[1]!)]);
      expect(race.map((r) => r.status).sort()).toEqual([200, 401]);

      // New codes replace the old ones.
      const fresh = await api(t, (await login(codes[2]!).expect(200)).body)
        .post('/api/me/totp/recovery-codes', { code: await generate({ secret: setup.body.secret }) })
        .expect(200);
      expect(fresh.body.recoveryCodes).toHaveLength(10);
      await refused(login(codes[3]!), 401, 'RECOVERY_CODE_INVALID');
      const session = (await login(fresh.body.recoveryCodes[0]).expect(200)).body;
      expect((await api(t, session).get('/api/me').expect(200)).body.recoveryCodesLeft).toBe(9);
    });

    it('is refused to enterprise accounts', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
      await refused(api(t, ent).post('/api/me/totp/setup'), 403, 'PERMISSION_DENIED');
    });
  });
});
