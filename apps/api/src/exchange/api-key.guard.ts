import { createParamDecorator, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import {
  ApiKeyRateLimitedError,
  ApiKeyService,
  ExchangeError,
  ExchangeErrorCode,
  type ApiKeyPrincipal,
  type ApiKeyScope,
} from '../../../../libs/exchange/src/index.js';

const REQUIRED_SCOPE = 'techmarket:requiredApiKeyScope';

/** The partner route needs this API key scope (checked by ApiKeyGuard). */
export const RequireScope = (scope: ApiKeyScope): ClassDecorator & MethodDecorator =>
  SetMetadata(REQUIRED_SCOPE, scope);

type KeyedRequest = Request & { apiKey?: ApiKeyPrincipal };

/** The partner whose key the ApiKeyGuard accepted. */
export const CurrentApiKey = createParamDecorator((_: unknown, ctx: ExecutionContext): ApiKeyPrincipal => {
  const req = ctx.switchToHttp().getRequest<KeyedRequest>();
  if (!req.apiKey) throw new Error('CurrentApiKey used on a route without ApiKeyGuard');
  return req.apiKey;
});

/**
 * Partner routes (`apiKey` rows of the policy table, which the JWT guard leaves alone): a valid, unrevoked `X-Api-Key` (401), within the
 * key's rate limit (429 with Retry-After), holding the route's scope (403).
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<KeyedRequest>();
    const header = req.headers['x-api-key'];
    const key = await this.keys.authenticate(Array.isArray(header) ? header[0] : header);
    try {
      await this.keys.consume(key.keyId, key.rateLimitPerMinute);
    } catch (err) {
      if (err instanceof ApiKeyRateLimitedError)
        ctx.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
    const scope = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(REQUIRED_SCOPE, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (scope && !ApiKeyService.hasScope(key, scope)) {
      throw new ExchangeError(ExchangeErrorCode.API_KEY_SCOPE_MISSING, `该密钥没有 ${scope} 权限`, {
        requiredScope: scope,
      });
    }
    req.apiKey = { keyId: key.keyId, partner: key.partner, scopes: key.scopes, orgId: key.orgId };
    return true;
  }
}
