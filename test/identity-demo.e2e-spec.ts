import { DataSource } from 'typeorm';
import { ROLES, ORG_TYPES } from '../libs/shared/auth/index.js';
import { DEMO_ORGS, DEMO_PASSWORD, demoEmail, loadIdentityDemo } from '../seeds/demo/identity-demo.js';
import { loginAs } from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api, refused } from './http.js';

describe('identity demo data (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    await loadIdentityDemo(ds);
  });
  afterAll(async () => {
    await t.close();
  });

  it('has every role, every organisation type and a bureau for each demo region; one org pending', async () => {
    const roles: { role: string }[] = await ds.query(`SELECT DISTINCT unnest(roles) AS role FROM app_user`);
    expect(roles.map((r) => r.role).sort()).toEqual([...ROLES].sort());
    const types: { type: string }[] = await ds.query(`SELECT DISTINCT type FROM organization`);
    expect(types.map((x) => x.type).sort()).toEqual([...ORG_TYPES].sort());
    const bureaus: { region_code: string }[] = await ds.query(
      `SELECT region_code FROM organization WHERE type = 'bureau' ORDER BY region_code`,
    );
    expect(bureaus.map((b) => b.region_code)).toEqual([
      '210600',
      '340600',
      '341600',
      '341623',
      '371300',
      '532600',
      '532623',
    ]);
    expect(await ds.query(`SELECT name FROM organization WHERE verification_status = 'pending'`)).toEqual([
      { name: '亳州中药饮片有限公司' },
    ]);
  });

  it('every README login works with the demo password', async () => {
    for (const d of DEMO_ORGS) {
      for (const u of d.users) {
        const tokens = await loginAs(t, demoEmail(u.login), DEMO_PASSWORD);
        expect(tokens.accessToken).toEqual(expect.any(String));
      }
    }
  });

  it('the pending enterprise in 亳州 is verified by 亳州 staff, not by 淮北 staff', async () => {
    const [{ id }] = await ds.query(`SELECT id FROM organization WHERE verification_status = 'pending'`);
    const huaibei = await loginAs(t, demoEmail('huaibei-staff'), DEMO_PASSWORD);
    const bozhou = await loginAs(t, demoEmail('bozhou-staff'), DEMO_PASSWORD);
    await refused(api(t, huaibei).post(`/api/organizations/${id}/verify`, {}), 403, 'ORG_OUT_OF_REGION');
    await api(t, bozhou).post(`/api/organizations/${id}/verify`, {}).expect(200);
  });
});
