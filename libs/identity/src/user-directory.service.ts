import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { isPlatformAdmin, type OrgType, type Principal, type Role } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { PermissionDeniedError } from './identity.errors.js';
import { userView, type UserView } from './identity.views.js';
import { Organization } from './organization.entity.js';
import { User } from './user.entity.js';

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
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
  ) {}

  async list(principal: Principal, q: UserDirectoryQuery): Promise<Page<DirectoryUserView>> {
    if (!isPlatformAdmin(principal)) throw new PermissionDeniedError('只有平台管理员可以查看全部用户');
    const qb = this.users.createQueryBuilder('u');
    if (q.orgId !== undefined) qb.andWhere('u.org_id = :orgId', { orgId: q.orgId });
    if (q.role !== undefined) qb.andWhere(':role = ANY(u.roles)', { role: q.role });
    if (q.disabled !== undefined) qb.andWhere(q.disabled ? `u.status = 'disabled'` : `u.status <> 'disabled'`);
    if (q.q !== undefined) {
      qb.andWhere(
        `(u.display_name ILIKE :q ESCAPE '\\' OR u.email ILIKE :q ESCAPE '\\' OR u.phone ILIKE :q ESCAPE '\\')`,
        {
          q: `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        },
      );
    }
    const [items, total] = await qb
      .orderBy('u.created_at', 'DESC')
      .addOrderBy('u.id', 'ASC')
      .skip(pageOffset(q))
      .take(q.pageSize)
      .getManyAndCount();
    const orgs = new Map(
      (await this.orgs.findBy({ id: In([...new Set(items.map((u) => u.orgId))]) })).map((o) => [o.id, o]),
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
