import { ATTACHMENT_TYPES } from '../../../../libs/contracts/src/index.js';
import { Field } from '../openapi/response-field.js';

const MEDIA_TYPES = Object.keys(ATTACHMENT_TYPES);

export class AttachmentUploaderDto {
  @Field('string') userId!: string;
  @Field('string', { description: '上传人姓名' }) name!: string;
  @Field('string', { description: '上传人所在机构' }) orgName!: string;
}

/** One attachment of a contract (合同文本或附件). */
export class AttachmentViewDto {
  @Field('string') id!: string;
  @Field('string', { description: '上传时的文件名' }) name!: string;
  @Field(MEDIA_TYPES, { description: '按文件内容判断的类型' }) mediaType!:
    'application/pdf' | 'image/png' | 'image/jpeg';
  @Field('integer') sizeBytes!: number;
  @Field('string') uploadedAt!: string;
  @Field(() => AttachmentUploaderDto) uploadedBy!: AttachmentUploaderDto;
}

/** A contract's attachments with the limits an upload must keep. */
export class AttachmentListDto {
  @Field(() => AttachmentViewDto, { array: true }) items!: AttachmentViewDto[];
  @Field('integer', { description: '单个附件的最大字节数' }) maxBytes!: number;
  @Field('integer', { description: '每份合同最多几个附件' }) maxPerContract!: number;
  @Field(MEDIA_TYPES, { array: true, description: '允许的类型' }) allowedTypes!: string[];
}
