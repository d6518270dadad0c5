import { AppError, errorTable, fixedError, notFoundError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const IdentityErrorCode = errorTable({
  INVALID_CREDIT_CODE: 400,
  UNKNOWN_REGION: 400,
  CREDIT_CODE_TAKEN: 409,
  EMAIL_TAKEN: 409,
  PHONE_TAKEN: 409,
  WEAK_PASSWORD: 400,
  ORG_TYPE_NOT_ALLOWED: 400,
  ROLE_NOT_ALLOWED: 400,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 429,
  LOGIN_THROTTLED: 429,
  ACCOUNT_DISABLED: 401,
  TOTP_REQUIRED: 401,
  TOTP_INVALID: 401,
  TOTP_NOT_ALLOWED: 403,
  TOTP_NOT_SET_UP: 409,
  TOTP_ALREADY_ENABLED: 409,
  TOKEN_MISSING: 401,
  TOKEN_INVALID: 401,
  TOKEN_EXPIRED: 401,
  SESSION_EXPIRED: 401,
  REFRESH_TOKEN_INVALID: 401,
  REFRESH_TOKEN_REUSED: 401,
  INVITE_INVALID: 400,
  PERMISSION_DENIED: 403,
  ORG_NOT_VERIFIED: 403,
  ORG_NOT_FOUND: 404,
  ORG_OUT_OF_REGION: 403,
  ORG_ALREADY_DECIDED: 409,
  USER_NOT_FOUND: 404,
  CANNOT_DISABLE_SELF: 400,
  BUREAU_EXISTS: 409,
  ORG_ALREADY_VERIFIED: 409,
  ORG_REGISTRATION_INCOMPLETE: 409,
  ORG_VERIFY_REQUIRES_ADMIN: 403,
  ROLE_ESCALATION: 403,
  LAST_ADMIN: 409,
  NOT_INVITED: 409,
  MEMBER_NOT_ACTIVE: 409,
  CANNOT_HAND_OVER_TO_SELF: 400,
  PASSWORD_RESET_REQUIRED: 401,
  ORG_NOT_SUSPENDABLE: 409,
  ORG_NOT_SUSPENDED: 409,
  RECOVERY_CODE_INVALID: 401,
});

export type IdentityErrorCode = keyof typeof IdentityErrorCode;

export class IdentityError extends AppError<IdentityErrorCode> {}

export class OrgNotVerifiedError extends fixedError(
  IdentityErrorCode.ORG_NOT_VERIFIED,
  '所在机构尚未通过科技局审核，暂不能进行此操作',
) {}

export class OrgNotFoundError extends notFoundError(IdentityErrorCode.ORG_NOT_FOUND, '机构不存在') {}

export class UserNotFoundError extends notFoundError(IdentityErrorCode.USER_NOT_FOUND, '用户不存在') {}

export class PermissionDeniedError extends IdentityError {
  constructor(message = '没有权限执行此操作') {
    super(IdentityErrorCode.PERMISSION_DENIED, message);
  }
}

export class InvalidCredentialsError extends fixedError(IdentityErrorCode.INVALID_CREDENTIALS, '账号或密码错误') {}

/**
 * The identity error a unique violation means: a credit code, e-mail or phone that another
 * organisation or account already holds (undefined for any other constraint).
 */
export function takenError(
  constraint: string,
  values: { creditCode?: string; email?: string; phone?: string | null },
): IdentityError | undefined {
  if (constraint === 'organization_credit_code_key')
    return new IdentityError(IdentityErrorCode.CREDIT_CODE_TAKEN, '该统一社会信用代码已注册', {
      creditCode: values.creditCode,
    });
  if (constraint === 'app_user_email_key')
    return new IdentityError(IdentityErrorCode.EMAIL_TAKEN, '该邮箱已注册', { email: values.email });
  if (constraint === 'app_user_phone_key')
    return new IdentityError(IdentityErrorCode.PHONE_TAKEN, '该手机号已注册', { phone: values.phone });
  return undefined;
}
