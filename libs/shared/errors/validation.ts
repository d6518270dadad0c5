import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { CommonErrorCode, type FieldError } from './common-error-codes.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, messages: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** The global pipe: unknown fields rejected, types transformed, errors as field details. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new BadRequestException({
        code: CommonErrorCode.VALIDATION_FAILED,
        message: '请求参数不合法',
        details: flatten(errors),
      }),
  });
}
