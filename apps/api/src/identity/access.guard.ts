import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import passportJwt from 'passport-jwt';
import { AuthService, IdentityError, IdentityErrorCode, JWT_AUDIENCE, JWT_ISSUER, PermissionDeniedError, type AccessClaims } from '../../../../libs/identity/src/index.js';
import { IS_PUBLIC, REQUIRED_PERMISSIONS, type Permission, type Principal } from '../../../../libs/shared/auth/index.js';
import { AuthConfig } from '../../../../libs/shared/config/index.js';
import { requestMetaOf } from './request-meta.decorator.js';
import { runStrategy } from './run-strategy.js';

const { ExtractJwt, Strategy: JwtStrategy } = passportJwt;

type AuthedRequest = Request & { principal?: Principal };

/** passport-jwt's reasons → our codes (expired vs. forged/malformed vs. absent). */
function tokenError(info: unknown): IdentityError {
  const e = info as { name?: string; message?: string } | undefined;
  if (e?.name === 'TokenExpiredError') return new IdentityError(IdentityErrorCode.TOKEN_EXPIRED, '访问令牌已过期，请刷新或重新登录');
  if (e?.message === 'No auth token') return new IdentityError(IdentityErrorCode.TOKEN_MISSING, '请先登录');
  return new IdentityError(IdentityErrorCode.TOKEN_INVALID, '访问令牌无效');
}

/**
 * The global guard (APP_GUARD): every route needs a valid access token unless marked @Public();
 * sets `req.principal` and checks @RequirePermission. Ownership and region scope are the
 * services' job on top of this.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly strategy: passportJwt.Strategy;

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
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
    const targets = [ctx.getHandler(), ctx.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const res = ctx.switchToHttp().getResponse<Response>();
    if (isPublic) {
      // A public route still learns who is calling when a valid token is sent (OptionalUser).
      if (req.headers.authorization) {
        const { user } = await runStrategy(this.strategy, req, res).catch(() => ({ user: false }));
        if (user) req.principal = user as Principal;
      }
      return true;
    }
    const { user, info } = await runStrategy(this.strategy, req, res);
    if (!user) throw tokenError(info);
    const principal = user as Principal;
    req.principal = principal;
    const required = this.reflector.getAllAndOverride<Permission[]>(REQUIRED_PERMISSIONS, targets) ?? [];
    const missing = required.filter((p) => !principal.permissions.has(p));
    if (missing.length > 0) throw new PermissionDeniedError();
    return true;
  }
}
