import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum IdentityErrorCode {
  INVALID_CREDIT_CODE = 'INVALID_CREDIT_CODE',
  UNKNOWN_REGION = 'UNKNOWN_REGION',
  CREDIT_CODE_TAKEN = 'CREDIT_CODE_TAKEN',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  PHONE_TAKEN = 'PHONE_TAKEN',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  ORG_TYPE_NOT_ALLOWED = 'ORG_TYPE_NOT_ALLOWED',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  TOTP_REQUIRED = 'TOTP_REQUIRED',
  TOTP_INVALID = 'TOTP_INVALID',
  TOTP_NOT_ALLOWED = 'TOTP_NOT_ALLOWED',
  TOTP_NOT_SET_UP = 'TOTP_NOT_SET_UP',
  TOTP_ALREADY_ENABLED = 'TOTP_ALREADY_ENABLED',
  TOKEN_MISSING = 'TOKEN_MISSING',
  TOKEN_INVALID = 'TOKEN_INVALID',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  REFRESH_TOKEN_INVALID = 'REFRESH_TOKEN_INVALID',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  INVITE_INVALID = 'INVITE_INVALID',
  PERMISSION_DENIED = 'PERMISSION_DENIED',
  ORG_NOT_VERIFIED = 'ORG_NOT_VERIFIED',
  ORG_NOT_FOUND = 'ORG_NOT_FOUND',
  ORG_OUT_OF_REGION = 'ORG_OUT_OF_REGION',
  ORG_ALREADY_DECIDED = 'ORG_ALREADY_DECIDED',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  CANNOT_DISABLE_SELF = 'CANNOT_DISABLE_SELF',
  BUREAU_EXISTS = 'BUREAU_EXISTS',
  ORG_ALREADY_VERIFIED = 'ORG_ALREADY_VERIFIED',
  ORG_REGISTRATION_INCOMPLETE = 'ORG_REGISTRATION_INCOMPLETE',
  ORG_VERIFY_REQUIRES_ADMIN = 'ORG_VERIFY_REQUIRES_ADMIN',
  ROLE_ESCALATION = 'ROLE_ESCALATION',
  LAST_ADMIN = 'LAST_ADMIN',
  NOT_INVITED = 'NOT_INVITED',
  MEMBER_NOT_ACTIVE = 'MEMBER_NOT_ACTIVE',
  CANNOT_HAND_OVER_TO_SELF = 'CANNOT_HAND_OVER_TO_SELF',
  PASSWORD_RESET_REQUIRED = 'PASSWORD_RESET_REQUIRED',
  ORG_NOT_SUSPENDABLE = 'ORG_NOT_SUSPENDABLE',
  ORG_NOT_SUSPENDED = 'ORG_NOT_SUSPENDED',
  RECOVERY_CODE_INVALID = 'RECOVERY_CODE_INVALID',
}

export const identityErrorStatus: ErrorStatusMap<IdentityErrorCode> = {
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
};

export class IdentityError extends AppError {
  constructor(code: IdentityErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}

export class OrgNotVerifiedError extends IdentityError {
  constructor() {
    super(IdentityErrorCode.ORG_NOT_VERIFIED, '所在机构尚未通过科技局审核，暂不能进行此操作');
  }
}

export class OrgNotFoundError extends IdentityError {
  constructor(id: string) {
    super(IdentityErrorCode.ORG_NOT_FOUND, '机构不存在', { id });
  }
}

export class UserNotFoundError extends IdentityError {
  constructor(id: string) {
    super(IdentityErrorCode.USER_NOT_FOUND, '用户不存在', { id });
  }
}

export class PermissionDeniedError extends IdentityError {
  constructor(message = '没有权限执行此操作') {
    super(IdentityErrorCode.PERMISSION_DENIED, message);
  }
}

export class InvalidCredentialsError extends IdentityError {
  constructor() {
    super(IdentityErrorCode.INVALID_CREDENTIALS, '账号或密码错误');
  }
}

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
