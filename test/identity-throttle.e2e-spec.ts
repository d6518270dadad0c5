import { createOrgWithAdmin, TEST_PASSWORD, type TestOrg } from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

describe('login throttling per IP (e2e)', () => {
  let t: TestApp;
  let ent: TestOrg;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_IP_MAX_FAILURES: '4', LOGIN_LOCKOUT_SECONDS: '2' });
    ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371300' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('after too many failures from one address, even a valid login from it gets 429 until the lockout ends', async () => {
    // Failures spread over different (unknown) accounts, so no single account is locked.
    for (let i = 0; i < 4; i++) {
      const res = await api(t).post('/api/auth/login', { login: `nobody${i}@example.cn`, password: 'Wrong@pass1' });
      expect([res.status, res.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    }
    const blocked = await api(t)
      .post('/api/auth/login', { login: ent.user.email, password: TEST_PASSWORD })
      .expect(429);
    expect(blocked.body).toMatchObject({ code: 'LOGIN_THROTTLED', details: { retryAfterSeconds: expect.any(Number) } });
    const deadline = Date.now() + 10_000;
    let status = 429;
    while (status === 429 && Date.now() < deadline) {
      status = (await api(t).post('/api/auth/login', { login: ent.user.email, password: TEST_PASSWORD })).status;
      if (status === 429) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
  });
});
