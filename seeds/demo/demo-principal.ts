import type { DataSource } from 'typeorm';
import { permissionsOf, type OrgType, type Principal, type Role } from '../../libs/shared/auth/index.js';

/** A demo login acting through the services, as the guard would have admitted it. */
export interface DemoUser {
  principal: Principal;
  name: string;
}

/** The principal of `<login>@demo.techmarket.cn` (its organisation verified), or undefined when the identity demo is absent. */
export async function principalOf(ds: DataSource, login: string): Promise<DemoUser | undefined> {
  const [u]: { id: string; org_id: string; roles: Role[]; type: OrgType; region_code: string; name: string }[] =
    await ds.query(
      `SELECT u.id, u.org_id, u.roles, o.type, o.region_code, o.name FROM app_user u JOIN organization o ON o.id = u.org_id WHERE u.email = $1`,
      [`${login}@demo.techmarket.cn`],
    );
  if (!u) return undefined;
  return {
    name: u.name,
    principal: {
      userId: u.id,
      orgId: u.org_id,
      orgType: u.type,
      orgVerified: true,
      regionCode: u.region_code,
      roles: u.roles,
      permissions: permissionsOf({ roles: u.roles, orgType: u.type, orgVerified: true }),
    },
  };
}
