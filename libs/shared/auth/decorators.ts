import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Permission } from './permissions.js';
import type { Principal } from './principal.js';

export const REQUIRED_PERMISSIONS = 'techmarket:requiredPermissions';

/** The route needs every listed permission (checked by the global guard). */
export const RequirePermission = (...permissions: Permission[]): ClassDecorator & MethodDecorator =>
  SetMetadata(REQUIRED_PERMISSIONS, permissions);

/** The authenticated caller (set on the request by the global guard as `req.principal`). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<{ principal?: Principal }>();
  if (!req.principal) throw new Error('CurrentUser used on a route without authentication');
  return req.principal;
});

/** The caller when a token was sent, or undefined on a @Public() route without one. */
export const OptionalUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal | undefined => {
  return ctx.switchToHttp().getRequest<{ principal?: Principal }>().principal;
});
