import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import passportJwt from 'passport-jwt';
import {
  AuthService,
  IdentityError,
  IdentityErrorCode,
  JWT_AUDIENCE,
  JWT_ISSUER,
  OrgNotVerifiedError,
  PermissionDeniedError,
  type AccessClaims,
} from '../../../../libs/identity/src/index.js';
import { RegionService } from '../../../../libs/reference/src/index.js';
import {
  callerGrants,
  decide,
  POLICY_OPERATION,
  POLICY_TABLE,
  type OperationName,
  type OperationPolicy,
  type Principal,
  type Refusal,
  type ResourceFacts,
  type ResourceSource,
} from '../../../../libs/shared/auth/index.js';
import { AuthConfig } from '../../../../libs/shared/config/index.js';
import type { AppError } from '../../../../libs/shared/errors/index.js';
import { requestMetaOf } from '../identity/request-meta.decorator.js';
import { runStrategy } from '../identity/run-strategy.js';
import { PolicyResources, type ResourceLookup, type ResourceResolver } from './policy-resources.js';

const { ExtractJwt, Strategy: JwtStrategy } = passportJwt;

type AuthedRequest = Request & { principal?: Principal };

/** passport-jwt's reasons → our codes (expired vs. forged/malformed vs. absent). */
function tokenError(info: unknown): IdentityError {
  const e = info as { name?: string; message?: string } | undefined;
  if (e?.name === 'TokenExpiredError')
    return new IdentityError(IdentityErrorCode.TOKEN_EXPIRED, '访问令牌已过期，请刷新或重新登录');
  if (e?.message === 'No auth token') return new IdentityError(IdentityErrorCode.TOKEN_MISSING, '请先登录');
  return new IdentityError(IdentityErrorCode.TOKEN_INVALID, '访问令牌无效');
}

/** The id named by the row's `resource.id` (`param:id`, `query:region`, `body:regionCode`); non-strings count as absent. */
function idFrom(req: Request, source: ResourceSource | undefined): string | undefined {
  if (!source) return undefined;
  const [where, name] = source.split(':') as ['param' | 'query' | 'body', string];
  const bag = (where === 'param' ? req.params : where === 'query' ? req.query : req.body) as
    Record<string, unknown> | undefined;
  const value = bag && typeof bag === 'object' ? bag[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The global guard (APP_GUARD): enforces the policy table (libs/shared/auth/policy.table.ts)
 * on every route before its handler runs. It authenticates the caller (unless the operation's
 * grants include anonymous callers), refuses callers without a grant (401/403), and where the
 * grant names relations to a resource, reads the resource's facts through its lib — a plain
 * read, before any handler takes a row lock — and checks them. A route without a row is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly strategy: passportJwt.Strategy;

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly resources: PolicyResources,
    private readonly regions: RegionService,
    cfg: AuthConfig,
  ) {
    this.strategy = new JwtStrategy(
      {
        jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
        secretOrKey: cfg.jwtSecret,
        algorithms: ['HS256'],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        passReqToCallback: true,
      },
      (req: Request, claims: AccessClaims, done: passportJwt.VerifiedCallback) => {
        this.auth.principalFor(claims, requestMetaOf(req)).then(
          (principal) => done(null, principal),
          (err: unknown) => done(err, false),
        );
      },
    );
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const name = this.reflector.get<OperationName | undefined>(POLICY_OPERATION, ctx.getHandler());
    const op: OperationPolicy | undefined = name ? POLICY_TABLE[name] : undefined;
    if (!name || !op) throw new PermissionDeniedError('该接口未在权限策略表中登记');
    if (op.apiKey) return true; // partner routes: ApiKeyGuard authenticates the key
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const anonymousAllowed = op.grants.some((g) => g.who === 'anyone');

    if (anonymousAllowed) {
      // Anyone may call it; a valid token still tells who is calling (OptionalUser).
      if (req.headers.authorization) {
        const { user } = await runStrategy(this.strategy, req, res).catch(() => ({ user: false }));
        if (user) req.principal = user as Principal;
      }
    } else {
      const { user, info } = await runStrategy(this.strategy, req, res);
      if (!user) throw tokenError(info);
      req.principal = user as Principal;
    }
    const caller = req.principal;

    const first = decide(op, caller, undefined, this.regions);
    if (first.allow) return true;
    if (first.refusal !== 'out-of-scope') throw this.refusal(first.refusal);

    const resolver = this.resources.resolver(op.resource!.kind);
    const lookup: ResourceLookup = {
      id: idFrom(req, op.resource!.id),
      caller,
      params: req.params as Record<string, string>,
      query: req.query as Record<string, unknown>,
    };
    // A malformed id names no resource: the route's validation answers it (400).
    if (resolver.idPattern && lookup.id !== undefined && !resolver.idPattern.test(lookup.id)) return true;
    const facts = await resolver.facts(lookup);
    if (!facts) {
      if (resolver.passUnknown) return true;
      throw resolver.notFound(lookup);
    }
    if (decide(op, caller, facts, this.regions).allow) return true;
    throw this.outOfScope(op, name, resolver, lookup, facts);
  }

  /**
   * A caller whose grants hold by role but not on this resource. A bureau outside its region is
   * told so (the lib's out-of-region code); anyone else who may not even read the resource gets
   * 404, as if it did not exist.
   */
  private outOfScope(
    op: OperationPolicy,
    name: OperationName,
    resolver: ResourceResolver,
    lookup: ResourceLookup,
    facts: ResourceFacts,
  ): AppError {
    if (resolver.hideAlways || name === resolver.readOperation) return resolver.notFound(lookup);
    const regional = callerGrants(op, lookup.caller).some((g) =>
      g.to?.some((r) => r.startsWith('region:') || r.startsWith('below:')),
    );
    if (
      !regional &&
      resolver.readOperation &&
      !decide(POLICY_TABLE[resolver.readOperation], lookup.caller, facts, this.regions).allow
    ) {
      return resolver.notFound(lookup);
    }
    return resolver.forbidden(name, lookup, facts);
  }

  private refusal(refusal: Exclude<Refusal, 'out-of-scope'>): AppError {
    if (refusal === 'unauthenticated') return new IdentityError(IdentityErrorCode.TOKEN_MISSING, '请先登录');
    if (refusal === 'unverified') return new OrgNotVerifiedError();
    return new PermissionDeniedError();
  }
}
