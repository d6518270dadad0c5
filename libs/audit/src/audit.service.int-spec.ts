import { DataSource } from 'typeorm';
import { permissionsOf, type Principal } from '../../shared/auth/index.js';
import { useTestModule } from '../../shared/testing/index.js';
import { AuditModule } from './audit.module.js';
import { AuditService } from './audit.service.js';

describe('AuditService (real PostgreSQL)', () => {
  const lib = useTestModule([AuditModule]);
  let audit: AuditService;
  let ds: DataSource;
  const platform: Principal = {
    userId: '00000000-0000-4000-8000-000000000001',
    orgId: '00000000-0000-4000-8000-000000000002',
    orgType: 'platform',
    orgVerified: true,
    regionCode: '110000',
    roles: ['platform_admin'],
    permissions: permissionsOf({ roles: ['platform_admin'], orgType: 'platform', orgVerified: true }),
  };
  const anonymous = { userId: null, orgId: null };

  beforeAll(() => {
    audit = lib.get(AuditService);
    ds = lib.get(DataSource);
  });

  it('writes in the caller transaction: a rolled-back change leaves no audit row', async () => {
    await expect(
      ds.transaction(async (em) => {
        await audit.record(em, {
          actor: anonymous,
          action: 'test.rollback',
          targetType: 'thing',
          targetId: 'r1',
          regionCode: '340600',
        });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    await ds.transaction((em) =>
      audit.record(em, {
        actor: anonymous,
        action: 'test.commit',
        targetType: 'thing',
        targetId: 'c1',
        regionCode: '341623',
        after: { a: 1 },
      }),
    );
    const rows = await ds.query(`SELECT action, after FROM audit_log WHERE target_type = 'thing' ORDER BY id`);
    expect(rows).toEqual([{ action: 'test.commit', after: { a: 1 } }]);
  });

  it('filters by region subtree for bureau admins and refuses other regions', async () => {
    const bozhouAdmin: Principal = {
      ...platform,
      orgType: 'bureau',
      regionCode: '341600',
      roles: ['bureau_admin'],
      permissions: permissionsOf({ roles: ['bureau_admin'], orgType: 'bureau', orgVerified: true }),
    };
    await ds.transaction((em) =>
      audit.record(em, {
        actor: anonymous,
        action: 'test.elsewhere',
        targetType: 'thing',
        targetId: 'e1',
        regionCode: '210600',
      }),
    );
    const page = await audit.list(bozhouAdmin, { page: 1, pageSize: 50, targetType: 'thing' });
    expect(page.items.map((r) => r.targetId)).toEqual(['c1']);
    await expect(audit.list(bozhouAdmin, { page: 1, pageSize: 50, regionCode: '340600' })).rejects.toMatchObject({
      code: 'AUDIT_FORBIDDEN',
    });
    expect((await audit.list(platform, { page: 1, pageSize: 50, targetType: 'thing' })).total).toBe(2);
    const member: Principal = {
      ...platform,
      orgType: 'enterprise',
      roles: ['member'],
      permissions: permissionsOf({ roles: ['member'], orgType: 'enterprise', orgVerified: true }),
    };
    await expect(audit.list(member, { page: 1, pageSize: 10 })).rejects.toMatchObject({ code: 'AUDIT_FORBIDDEN' });
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    await expect(ds.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    expect((await ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE target_type = 'thing'`))[0].n).toBe(2);
  });
});
