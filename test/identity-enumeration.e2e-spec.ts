import { DataSource } from 'typeorm';
import { createOrgWithAdmin, TEST_PASSWORD } from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

interface Attempt {
  status: number;
  code: string;
  message: string;
  detailKeys: string[];
  ms: number;
}

/**
 * Issue 14, finding 7: a real account locked after LOGIN_MAX_FAILURES wrong passwords while an
 * unknown login answered 401 forever, which told an attacker which accounts exist.
 */
describe('login does not reveal whether an account exists (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  const attempt = async (login: string): Promise<Attempt> => {
    const started = performance.now();
    const res = await api(t).post('/api/auth/login', { login, password: 'Wrong@pass1' });
    return {
      status: res.status,
      code: res.body.code,
      message: res.body.message,
      detailKeys: Object.keys(res.body.details ?? {}),
      ms: performance.now() - started,
    };
  };
  const answers = (list: Attempt[]) =>
    list.map(({ status, code, message, detailKeys }) => ({ status, code, message, detailKeys }));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it('gives an existing and an unknown login the same statuses, codes and messages over 7 wrong attempts', async () => {
    const real = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
    const ghost = `nobody-${Date.now()}@example.cn`;
    const existing: Attempt[] = [];
    const unknown: Attempt[] = [];
    // Interleaved, so that warm-up and load fall on both alike in the printed timing.
    for (let i = 0; i < 7; i++) {
      existing.push(await attempt(real.user.email));
      unknown.push(await attempt(ghost));
    }

    expect(answers(existing).map((a) => [a.status, a.code])).toEqual([
      ...Array(5).fill([401, 'INVALID_CREDENTIALS']),
      [429, 'ACCOUNT_LOCKED'],
      [429, 'ACCOUNT_LOCKED'],
    ]);
    expect(answers(unknown)).toEqual(answers(existing));
    expect(existing[5]!.detailKeys).toEqual(['retryAfterSeconds']);

    // Information only (timed asserts are flaky): both paths verify one argon2 hash per attempt.
    const fmt = (xs: Attempt[]) =>
      `${mean(xs.slice(0, 5).map((a) => a.ms)).toFixed(1)} ms while open, ${mean(xs.slice(5).map((a) => a.ms)).toFixed(1)} ms locked`;
    process.stdout.write(`[login timing] existing: ${fmt(existing)}; unknown: ${fmt(unknown)}\n`);

    // The right password of the real account is refused while it is locked, as before.
    expect((await api(t).post('/api/auth/login', { login: real.user.email, password: TEST_PASSWORD })).status).toBe(
      429,
    );
  });

  it('counts an unknown login by its normalised form, stores only a keyed hash of it, and audits the lockout', async () => {
    const login = `Ghost-${Date.now()}@Example.cn`;
    const variants = [login, login.toLowerCase(), ` ${login.toUpperCase()} `, login, login];
    for (const v of variants) {
      const res = await api(t).post('/api/auth/login', { login: v, password: 'Wrong@pass1' });
      expect([res.status, res.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    }
    const locked = await api(t).post('/api/auth/login', { login: login.toLowerCase(), password: 'Wrong@pass1' });
    expect([locked.status, locked.body.code]).toEqual([429, 'ACCOUNT_LOCKED']);

    const keys: { key: string }[] = await ds.query(`SELECT key FROM login_throttle WHERE key LIKE 'login:%'`);
    expect(keys.length).toBeGreaterThan(0);
    expect(JSON.stringify(keys).toLowerCase()).not.toContain('ghost');
    const [audit] = await ds.query(
      `SELECT target_type, target_id, after FROM audit_log WHERE action = 'auth.lockout' AND target_type = 'login' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ target_type: 'login', after: { lockedForSeconds: 900 } });
    expect(keys.map((k) => k.key)).toContain(audit.target_id);
  });
});
