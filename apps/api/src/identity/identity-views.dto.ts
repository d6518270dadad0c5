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
  @Field('integer') version!: number;
  @Field('string') createdAt!: string;
}

export class MeViewDto {
  @Field(() => UserViewDto) user!: UserViewDto;
  @Field(() => OrgViewDto) org!: OrgViewDto;
  @Field('string', { array: true, description: '调用者可用的操作（来自权限表）' }) permissions!: string[];
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

export const OrgPageDto = PageOf(OrgViewDto);
export const UserPageDto = PageOf(UserViewDto);
export const DirectoryUserPageDto = PageOf(DirectoryUserViewDto);
