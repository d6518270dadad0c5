import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import passportLocal from 'passport-local';
import { AuthService, InvalidCredentialsError, type TokenPair } from '../../../../libs/identity/src/index.js';
import { createValidationPipe } from '../../../../libs/shared/errors/index.js';
import { LoginDto } from './auth.dto.js';
import { requestMetaOf } from './request-meta.decorator.js';
import { runStrategy } from './run-strategy.js';

const { Strategy: LocalStrategy } = passportLocal;

/**
 * passport-local on POST /auth/login: the body is validated first (guards run before pipes),
 * then AuthService.login checks password, lockout and TOTP and issues tokens (`req.user`).
 */
@Injectable()
export class LoginGuard implements CanActivate {
  private readonly strategy: passportLocal.Strategy;
  private readonly pipe = createValidationPipe();

  constructor(private readonly auth: AuthService) {
    this.strategy = new LocalStrategy(
      { usernameField: 'login', passwordField: 'password', passReqToCallback: true, session: false },
      (req: Request, login: string, password: string, done: (err: unknown, user?: TokenPair | false) => void) => {
        const body = req.body as LoginDto;
        this.auth
          .login({ login, password, totpCode: body.totpCode, recoveryCode: body.recoveryCode }, requestMetaOf(req))
          .then(
            (pair) => done(null, pair),
            (err: unknown) => done(err),
          );
      },
    );
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request & { user?: unknown }>();
    const res = ctx.switchToHttp().getResponse<Response>();
    req.body = await this.pipe.transform(req.body ?? {}, { type: 'body', metatype: LoginDto });
    const { user } = await runStrategy(this.strategy, req, res);
    if (!user) throw new InvalidCredentialsError();
    req.user = user;
    return true;
  }
}
