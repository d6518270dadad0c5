import { Field, PageOf } from '../openapi/response-field.js';

/** Response DTOs of the audit log. */
export class AuditRowViewDto {
  @Field('string') id!: string;
  @Field('string') occurredAt!: string;
  @Field('string', { nullable: true }) actorUserId!: string | null;
  @Field('string', { nullable: true }) actorOrgId!: string | null;
  @Field('string', { nullable: true, description: '操作人姓名（未登录的操作为 null）' }) actorName!: string | null;
  @Field('string', { nullable: true }) actorOrgName!: string | null;
  @Field('string', { nullable: true }) regionCode!: string | null;
  @Field('string') action!: string;
  @Field('string', { description: '操作的中文名称' }) actionName!: string;
  @Field('string') targetType!: string;
  @Field('string', { description: '对象类型的中文名称' }) targetName!: string;
  @Field('string', { nullable: true }) targetId!: string | null;
  @Field('string', { nullable: true, description: '机构或账号对象的当前名称' }) targetLabel!: string | null;
  @Field('object', { nullable: true }) before!: Record<string, unknown> | null;
  @Field('object', { nullable: true }) after!: Record<string, unknown> | null;
  @Field('string', { nullable: true }) ip!: string | null;
  @Field('string', { nullable: true }) requestId!: string | null;
}

export const AuditPageDto = PageOf(AuditRowViewDto);
