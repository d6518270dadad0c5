import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from './app-error.js';
import { CommonErrorCode, type FieldError } from './common-error-codes.js';
import { databaseFailure } from './database-errors.js';
import { statusForCode } from './error-registry.js';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string;
}

const statusToCode: Record<number, CommonErrorCode> = {
  400: CommonErrorCode.VALIDATION_FAILED,
  401: CommonErrorCode.UNAUTHENTICATED,
  403: CommonErrorCode.FORBIDDEN,
  404: CommonErrorCode.ROUTE_NOT_FOUND,
  405: CommonErrorCode.METHOD_NOT_ALLOWED,
  409: CommonErrorCode.CONFLICT,
  413: CommonErrorCode.PAYLOAD_TOO_LARGE,
  415: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: CommonErrorCode.TOO_MANY_REQUESTS,
  503: CommonErrorCode.SERVICE_UNAVAILABLE,
};

/**
 * Body-parser errors carry `type`; map them to clear client errors instead of 500. The limits
 * travel on the error (`limit` from body-parser, `maxDepth` from the api's depth check), so the
 * answer names the limit that was hit.
 */
function fromBodyParser(err: unknown): ErrorBody | undefined {
  const e = err as { type?: string; status?: number; message?: string; limit?: unknown; maxDepth?: unknown };
  if (e && typeof e.type === 'string' && typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    if (e.type === 'entity.parse.failed') {
      return { statusCode: 400, code: CommonErrorCode.MALFORMED_JSON, message: '请求体不是合法的 JSON' };
    }
    if (e.type === 'entity.too.large') {
      const limit = typeof e.limit === 'number' ? e.limit : undefined;
      const message = limit === undefined ? '请求体过大' : `请求体过大（最多 ${Math.floor(limit / 1024)} KB）`;
      return {
        statusCode: 413,
        code: CommonErrorCode.PAYLOAD_TOO_LARGE,
        message,
        details: limit === undefined ? undefined : { limitBytes: limit },
      };
    }
    if (e.type === 'entity.too.deep' && typeof e.maxDepth === 'number') {
      return {
        statusCode: 400,
        code: CommonErrorCode.BODY_TOO_DEEP,
        message: `请求体嵌套过深（最多 ${e.maxDepth} 层）`,
        details: { maxDepth: e.maxDepth },
      };
    }
    if (e.status === 415) {
      return { statusCode: 415, code: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, message: '不支持的请求体类型或字符集' };
    }
    return {
      statusCode: e.status,
      code: statusToCode[e.status] ?? CommonErrorCode.VALIDATION_FAILED,
      message: e.message ?? '请求无效',
    };
  }
  return undefined;
}

/**
 * The single exception filter: AppError codes → status via the registry; Nest HttpExceptions
 * (validation pipe, unknown routes, guards) → a code; anything else → 500 INTERNAL_ERROR,
 * logged with its stack (a 500 is a bug).
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    const body = this.toBody(exception, req);
    body.requestId = typeof req.id === 'string' ? req.id : undefined;
    if (body.statusCode >= 500 && body.statusCode !== 503) {
      this.logger.error({ err: exception, requestId: body.requestId }, `unhandled error on ${req.method} ${req.url}`);
    }
    if (res.headersSent) return;
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, req: Request): ErrorBody {
    if (exception instanceof AppError) {
      const status = statusForCode(exception.code);
      if (status === undefined) {
        this.logger.error(`error code ${exception.code} has no registered status`);
        return { statusCode: 500, code: CommonErrorCode.INTERNAL_ERROR, message: '服务器内部错误' };
      }
      return { statusCode: status, code: exception.code, message: exception.message, details: exception.details };
    }
    if (exception instanceof HttpException) {
      // Express body-parser failures arrive wrapped by the adapter, with the original as cause.
      const parsed = fromBodyParser(exception.cause);
      if (parsed) return parsed;
      const status = exception.getStatus();
      const response = exception.getResponse() as string | { message?: unknown; code?: string; details?: unknown };
      if (typeof response === 'object' && typeof response.code === 'string') {
        return {
          statusCode: status,
          code: response.code,
          message: String(response.message ?? ''),
          details: response.details,
        };
      }
      if (status === HttpStatus.NOT_FOUND) {
        return {
          statusCode: 404,
          code: CommonErrorCode.ROUTE_NOT_FOUND,
          message: `没有这个接口：${req.method} ${req.path}`,
        };
      }
      const message = typeof response === 'string' ? response : response.message;
      if (status === HttpStatus.BAD_REQUEST && Array.isArray(message)) {
        return {
          statusCode: 400,
          code: CommonErrorCode.VALIDATION_FAILED,
          message: '请求参数不合法',
          details: message,
        };
      }
      return {
        statusCode: status,
        code:
          statusToCode[status] ?? (status >= 500 ? CommonErrorCode.INTERNAL_ERROR : CommonErrorCode.VALIDATION_FAILED),
        message: typeof message === 'string' ? message : exception.message,
      };
    }
    const parsed = fromBodyParser(exception);
    if (parsed) return parsed;
    const db = databaseFailure(exception);
    if (db) return db;
    return { statusCode: 500, code: CommonErrorCode.INTERNAL_ERROR, message: '服务器内部错误' };
  }
}

export type { FieldError };
