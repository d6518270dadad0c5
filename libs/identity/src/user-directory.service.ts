import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isPlatformAdmin, type OrgType, type Principal, type Role } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { PermissionDeniedError } from './identity.errors.js';
import { userView, type UserView } from './identity.views.js';
import { OrganizationRepository } from './organization.repository.js';
import { UserRepository } from './user.repository.js';

export interface UserDirectoryQuery extends PageRequest {
  orgId?: string;
  role?: Role;
  /** true: only disabled accounts; false: only those not disabled (active or invited). */
  disabled?: boolean;
  /** Part of the name, e-mail or phone. */
  q?: string;
}

/** A user as the platform admin lists them: with the organisation they belong to. */
export interface DirectoryUserView extends UserView {
  org: { id: string; name: string; type: OrgType; regionCode: string };
}

/** Every user of the platform, for the platform admin (org admins see their own members through MemberService). */
@Injectable()
export class UserDirectoryService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UserRepository,
    private readonly orgs: OrganizationRepository,
  ) {}

  async list(principal: Principal, q: UserDirectoryQuery): Promise<Page<DirectoryUserView>> {
    if (!isPlatformAdmin(principal)) throw new PermissionDeniedError('只有平台管理员可以查看全部用户');
    const [items, total] = await this.users.page(
      this.ds.manager,
      { orgId: q.orgId, role: q.role, disabled: q.disabled, text: q.q },
      pageOffset(q),
      q.pageSize,
    );
    const orgs = new Map(
      (
        await this.orgs.findMany(
          this.ds.manager,
          items.map((u) => u.orgId),
        )
      ).map((o) => [o.id, o]),
    );
    return toPage(
      items.map((u) => {
        const o = orgs.get(u.orgId)!;
        return { ...userView(u), org: { id: o.id, name: o.name, type: o.type, regionCode: o.regionCode } };
      }),
      total,
      q,
    );
  }
}
