import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { OperationName } from './policy.table.js';

export const POLICY_OPERATION = 'techmarket:policyOperation';

/**
 * Names the route's row in the policy table. The global guard refuses a route without one, and
 * the OpenAPI document carries it as `x-policy` so that the authorisation matrix test can
 * walk every operation.
 */
export const Policy = (operation: OperationName): MethodDecorator =>
  applyDecorators(SetMetadata(POLICY_OPERATION, operation), ApiExtension('x-policy', operation));
