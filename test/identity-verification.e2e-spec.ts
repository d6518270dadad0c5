import { DataSource } from 'typeorm';
import {
  createBureauStaff,
  createOrgWithAdmin,
  appWithPlatform,
  auditActions,
  type TestOrg,
} from './factories/identity.factory.js';
import type { TestApp } from './test-app.js';
import { api, refused } from './http.js';

/** Verification of organisations by the bureau of their region, and the audit log. */
describe('identity: organisation verification and the audit log (e2e)', () => {
  let t: TestApp, ds: DataSource, platform: TestOrg;

  beforeAll(async () => ({ t, ds, platform } = await appWithPlatform()));
  afterAll(() => t.close());

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
      const denied = await api(t, dandong).post(`/api/organizations/${pending.org.id}/verify`, {}).expect(403);
      expect(denied.body.code).toBe('ORG_OUT_OF_REGION');
      // 丹东 cannot even see it.
      await refused(api(t, dandong).get(`/api/organizations/${pending.org.id}`), 404, 'ORG_NOT_FOUND');
      const ok = await api(t, huaibei).post(`/api/organizations/${pending.org.id}/verify`, {}).expect(200);
      expect(ok.body).toMatchObject({ verificationStatus: 'verified', version: 2 });
      await refused(
        api(t, huaibei).post(`/api/organizations/${pending.org.id}/verify`, {}),
        409,
        'ORG_ALREADY_DECIDED',
      );
      expect(await auditActions(t, pending.org.id)).toEqual(['org.verify']);
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
      expect((await api(t, pending).get('/api/me').expect(200)).body.org.verificationStatus).toBe('verified');
    });

    it('亳州 verifies an organisation in 利辛 (its subtree); a stale version is refused', async () => {
      const lixin = await createOrgWithAdmin(t, { type: 'research_institute', regionCode: '341623', verified: false });
      await refused(
        api(t, bozhou).post(`/api/organizations/${lixin.org.id}/verify`, { version: 7 }),
        409,
        'VERSION_CONFLICT',
      );
      await api(t, bozhou).post(`/api/organizations/${lixin.org.id}/verify`, { version: 1 }).expect(200);
    });

    it('rejects with a reason; the reason is required', async () => {
      const p = await createOrgWithAdmin(t, { type: 'broker_agency', regionCode: '340600', verified: false });
      await refused(api(t, huaibei).post(`/api/organizations/${p.org.id}/reject`, {}), 400, 'VALIDATION_FAILED');
      const res = await api(t, huaibei)
        .post(`/api/organizations/${p.org.id}/reject`, { reason: '营业执照与填报名称不一致' })
        .expect(200);
      expect(res.body).toMatchObject({ verificationStatus: 'rejected', rejectionReason: '营业执照与填报名称不一致' });
      expect(await auditActions(t, p.org.id)).toEqual(['org.reject']);
    });

    it('refuses verification by non-bureau users, of oneself, and of unknown ids', async () => {
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
      const target = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600', verified: false });
      await refused(api(t, ent).post(`/api/organizations/${target.org.id}/verify`, {}), 403, 'PERMISSION_DENIED');
      // An unverified bureau holds no bureau power at all; a verified one never decides on itself.
      const unverifiedBureau = await createOrgWithAdmin(t, {
        type: 'bureau',
        regionCode: '340600',
        roles: ['bureau_staff'],
        verified: false,
      });
      await refused(
        api(t, unverifiedBureau).post(`/api/organizations/${unverifiedBureau.org.id}/verify`, {}),
        403,
        'ORG_NOT_VERIFIED',
      );
      const self = await createOrgWithAdmin(t, { type: 'bureau', regionCode: '340600', roles: ['bureau_admin'] });
      await refused(api(t, self).post(`/api/organizations/${self.org.id}/verify`, {}), 403, 'ORG_OUT_OF_REGION');
      await refused(
        api(t, huaibei).post(`/api/organizations/00000000-0000-4000-8000-000000000000/verify`, {}),
        404,
        'ORG_NOT_FOUND',
      );
      await refused(api(t, huaibei).post(`/api/organizations/not-a-uuid/verify`, {}), 400, 'VALIDATION_FAILED');
      // Platform admins may verify anywhere.
      await api(t, platform).post(`/api/organizations/${target.org.id}/verify`, {}).expect(200);
    });

    it('lists organisations within the bureau region only', async () => {
      const [inHuaibei, inDandong] = await Promise.all([
        createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false }),
        createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210600', verified: false }),
      ]);
      const list = await api(t, huaibei).get('/api/organizations', { status: 'pending', pageSize: 100 }).expect(200);
      expect(list.body.items.map((o: { id: string }) => o.id)).toContain(inHuaibei.org.id);
      expect(
        list.body.items.every(
          (o: { regionCode: string }) => o.regionCode === '340600' || o.regionCode.startsWith('3406'),
        ),
      ).toBe(true);
      expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(inDandong.org.id);
      await refused(api(t, huaibei).get('/api/organizations', { regionCode: '210600' }), 403, 'ORG_OUT_OF_REGION');
      const all = await api(t, platform).get('/api/organizations', { regionCode: '210600', pageSize: 100 }).expect(200);
      expect(all.body.items.map((o: { id: string }) => o.id)).toContain(inDandong.org.id);
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
      await refused(api(t, ent).get('/api/organizations'), 403, 'PERMISSION_DENIED');
    });
  });

  describe('audit log', () => {
    it('bureau admins read their region only; platform admins read all; nobody can change a row', async () => {
      const hbAdmin = await createBureauStaff(t, '340600', { admin: true });
      const hbStaff = await createBureauStaff(t, '340600');
      const ddStaff = await createBureauStaff(t, '210600');
      const hbOrg = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600', verified: false });
      const ddOrg = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210600', verified: false });
      await api(t, hbStaff).post(`/api/organizations/${hbOrg.org.id}/verify`, {}).expect(200);
      await api(t, ddStaff).post(`/api/organizations/${ddOrg.org.id}/verify`, {}).expect(200);

      const mine = await api(t, hbAdmin).get('/api/audit', { action: 'org.verify', pageSize: 100 }).expect(200);
      const targets = mine.body.items.map((r: { targetId: string }) => r.targetId);
      expect(targets).toContain(hbOrg.org.id);
      expect(targets).not.toContain(ddOrg.org.id);
      expect(mine.body.items.every((r: { regionCode: string }) => r.regionCode.startsWith('3406'))).toBe(true);
      await refused(api(t, hbAdmin).get('/api/audit', { regionCode: '210600' }), 403, 'AUDIT_FORBIDDEN');

      const all = await api(t, platform).get('/api/audit', { action: 'org.verify', pageSize: 100 }).expect(200);
      expect(all.body.items.map((r: { targetId: string }) => r.targetId)).toEqual(
        expect.arrayContaining([hbOrg.org.id, ddOrg.org.id]),
      );
      const paged = await api(t, platform).get('/api/audit', { pageSize: 1, page: 2 }).expect(200);
      expect(paged.body.items).toHaveLength(1);
      expect(paged.body.total).toBeGreaterThan(2);
      const byTarget = await api(t, platform)
        .get('/api/audit', { targetType: 'organization', targetId: ddOrg.org.id })
        .expect(200);
      expect(byTarget.body.items).toEqual([
        expect.objectContaining({ action: 'org.verify', actorUserId: ddStaff.user.id, regionCode: '210600' }),
      ]);
      expect(byTarget.body.items[0].requestId).toEqual(expect.any(String));

      // Staff without audit:read, and enterprises, are refused.
      await refused(api(t, hbStaff).get('/api/audit'), 403, 'PERMISSION_DENIED');
      await refused(api(t, hbOrg).get('/api/audit'), 403, 'PERMISSION_DENIED');

      const id = byTarget.body.items[0].id;
      for (const method of ['put', 'patch', 'delete'] as const) {
        await refused(api(t, platform)[method](`/api/audit/${id}`).send({}), 404, 'ROUTE_NOT_FOUND');
      }
      await expect(ds.query(`UPDATE audit_log SET action = 'x' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(ds.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
      expect((await ds.query(`SELECT action FROM audit_log WHERE id = $1`, [id]))[0].action).toBe('org.verify');
    });

    it('a bureau admin switches listing review off for the region (audited)', async () => {
      const admin = await createBureauStaff(t, '371300', { admin: true });
      const res = await api(t, admin).patch('/api/org/settings', { reviewListings: false }).expect(200);
      expect(res.body.reviewListings).toBe(false);
      expect(await auditActions(t, admin.org.id)).toEqual(['org.settings']);
      const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371300' });
      await refused(api(t, ent).patch('/api/org/settings', { reviewListings: false }), 403, 'PERMISSION_DENIED');
    });
  });
});
