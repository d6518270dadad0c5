import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { RequestMeta } from '../../../../libs/identity/src/index.js';

export function requestMetaOf(req: Request): RequestMeta {
  const id = (req as Request & { id?: unknown }).id;
  return {
    ip: req.ip ?? null,
    requestId: typeof id === 'string' ? id : null,
    userAgent: req.get('user-agent') ?? null,
  };
}

/** IP, request id and user agent of the current request (for audit rows on public routes). */
export const ReqMeta = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestMeta =>
  requestMetaOf(ctx.switchToHttp().getRequest<Request>()),
);
