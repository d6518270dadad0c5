import { applyDecorators, Headers } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IDEMPOTENCY_TTL_SECONDS } from './idempotency.service.js';

const HOURS = IDEMPOTENCY_TTL_SECONDS / 3600;

/** Documents the Idempotency-Key header: required (submit, certify) or accepted (every create). */
export const ApiIdempotencyKey = (required: boolean): MethodDecorator =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required,
      description: required
        ? `8–128 个字母、数字或 . _ : - 字符；重试时使用同一个键，${HOURS} 小时内返回首次结果`
        : `可选；8–128 个字母、数字或 . _ : - 字符。重试或重复点击时带同一个键，${HOURS} 小时内只创建一次并返回首次结果`,
    }),
  );

/** The request's Idempotency-Key header (undefined when absent). */
export const IdempotencyKey = (): ParameterDecorator => Headers('idempotency-key');
