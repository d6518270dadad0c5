import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
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

const validationFailed = (details: FieldError[]) =>
  new BadRequestException({ code: CommonErrorCode.VALIDATION_FAILED, message: '请求参数不合法', details });

/** Reported at most; one is enough to refuse the request. */
const MAX_NUL_FIELDS = 20;

/**
 * Where a parsed request value holds a string with U+0000, as field paths (`org.name`,
 * `parties.0.orgId`). PostgreSQL text cannot store that character and fails the whole statement,
 * so no field of any request may carry it. A loop with an explicit stack, not recursion.
 */
export function nulFields(value: unknown, root = ''): string[] {
  const out: string[] = [];
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0 && out.length < MAX_NUL_FIELDS) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) out.push(path || '(body)');
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, path ? `${path}.${i}` : String(i)]));
    } else if (typeof v === 'object' && v !== null && !Buffer.isBuffer(v)) {
      for (const [k, item] of Object.entries(v)) stack.push([item, path ? `${path}.${k}` : k]);
    }
  }
  return out.reverse();
}

/**
 * The global pipe: unknown fields rejected, types transformed, errors as field details; any
 * body, query or path value holding U+0000 is refused before the DTO's own rules, whatever they
 * allow (free text included).
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const fields = nulFields(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
      if (fields.length > 0)
        throw validationFailed(fields.map((field) => ({ field, messages: [`${field} 不能包含空字符（U+0000）`] })));
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}
