import { ORG_TYPES, ROLES, type OrgType, type Role } from '../../../../libs/shared/auth/index.js';
import type { UserStatus, VerificationStatus } from '../../../../libs/identity/src/index.js';
import { Field, PageOf } from '../openapi/response-field.js';

const VERIFICATION = ['pending', 'verified', 'rejected'] as const;

/** Response DTOs of identity: organisations, users, the caller. */
export class OrgViewDto {
  @Field('string') id!: string;
  @Field(ORG_TYPES) type!: OrgType;
  @Field('string') name!: string;
  @Field('string', { description: '统一社会信用代码' }) creditCode!: string;
  @Field('string') regionCode!: string;
  @Field('string', { nullable: true }) contactName!: string | null;
  @Field('string', { nullable: true }) contactPhone!: string | null;
  @Field('string', { nullable: true }) contactEmail!: string | null;
  @Field('string', { nullable: true }) address!: string | null;
  @Field(VERIFICATION) verificationStatus!: VerificationStatus;
  @Field('string', { nullable: true }) rejectionReason!: string | null;
  @Field('string', { nullable: true }) verifiedAt!: string | null;
  @Field('boolean') reviewListings!: boolean;
  @Field('string', { nullable: true, description: '被暂停的时间（暂停期间按未认证机构对待）' }) suspendedAt!:
    string | null;
  @Field('string', { nullable: true }) suspensionReason!: string | null;
  @Field('integer') version!: number;
  @Field('string') createdAt!: string;
}

export class UserViewDto {
  @Field('string') id!: string;
  @Field('string') orgId!: string;
  @Field('string') email!: string;
  @Field('string', { nullable: true }) phone!: string | null;
  @Field('string') displayName!: string;
  @Field(ROLES, { array: true }) roles!: Role[];
  @Field(['invited', 'active', 'disabled']) status!: UserStatus;
  @Field('boolean') totpEnabled!: boolean;
  @Field('string', { nullable: true }) lastLoginAt!: string | null;
  @Field('string', { nullable: true, description: '因密码错误被锁定到何时（未锁定为 null）' }) lockedUntil!:
    string | null;
  @Field('boolean', { description: '管理员已重置密码，用户尚未设置新密码' }) passwordResetRequired!: boolean;
  @Field('integer') version!: number;
  @Field('string') createdAt!: string;
}

export class MeViewDto {
  @Field(() => UserViewDto) user!: UserViewDto;
  @Field(() => OrgViewDto) org!: OrgViewDto;
  @Field('string', { array: true, description: '调用者可用的操作（来自权限表）' }) permissions!: string[];
  @Field('integer', { description: '未使用的动态口令恢复码个数' }) recoveryCodesLeft!: number;
}

export class UserOrgBriefDto {
  @Field('string') id!: string;
  @Field('string') name!: string;
  @Field(ORG_TYPES) type!: OrgType;
  @Field('string') regionCode!: string;
}

export class DirectoryUserViewDto extends UserViewDto {
  @Field(() => UserOrgBriefDto) org!: UserOrgBriefDto;
}

export class ProvisionedBureauDto {
  @Field(() => OrgViewDto) org!: OrgViewDto;
  @Field(() => UserViewDto) admin!: UserViewDto;
  @Field('string', { description: '管理员邀请的一次性令牌（同时邮件发送）' }) inviteToken!: string;
  @Field('string') inviteExpiresAt!: string;
}

export class InvitationDto {
  @Field(() => UserViewDto) user!: UserViewDto;
  @Field('string', { description: '一次性邀请令牌（同时邮件发送；对方收不到邮件时可转交）' }) inviteToken!: string;
  @Field('string') inviteExpiresAt!: string;
}

export class RecoveryCodesDto {
  @Field('string', { array: true, description: '恢复码：只显示这一次，每个只能使用一次' }) recoveryCodes!: string[];
}

export const OrgPageDto = PageOf(OrgViewDto);
export const UserPageDto = PageOf(UserViewDto);
export const DirectoryUserPageDto = PageOf(DirectoryUserViewDto);
