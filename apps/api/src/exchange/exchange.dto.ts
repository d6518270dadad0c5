import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  API_KEY_SCOPES,
  WEBHOOK_EVENTS,
  type ApiKeyScope,
  type WebhookEvent,
} from '../../../../libs/exchange/src/index.js';
import { LISTING_KINDS, type ListingKind } from '../../../../libs/listings/src/index.js';
import { OneOfField, PLAIN_LINE, UuidField, IdParam } from '../dto-fields.js';
import { CreateAchievementDto, CreateChallengeDto, CreateNeedDto } from '../listings/listings.dto.js';

export class ExchangeIdParamDto extends IdParam() {}

export class CreateApiKeyDto {
  @ApiProperty({ description: '合作平台名称', example: '羚羊工业互联网平台' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(PLAIN_LINE, { message: 'partner 不能包含控制字符' })
  partner: string;

  @ApiProperty({
    enum: API_KEY_SCOPES,
    isArray: true,
    description: 'listings:read 读取已发布信息；listings:push 代单位推送信息',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes: ApiKeyScope[];

  @UuidField({ description: '推送时代为发布的单位（listings:push 必填，须已认证）', optional: true })
  orgId?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 100000,
    description: '每分钟请求上限；缺省用 EXCHANGE_RATE_LIMIT_PER_MINUTE',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  rateLimitPerMinute?: number;
}

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://partner.example.cn/hooks/techmarket', description: '仅接受 http/https 地址' })
  @IsString()
  @MaxLength(2000)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false, require_valid_protocol: true },
    { message: 'url 必须是 http 或 https 地址' },
  )
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events: WebhookEvent[];

  @ApiPropertyOptional({ description: '签名密钥（16–200 个字符）；缺省时自动生成，仅在创建时返回一次' })
  @IsOptional()
  @IsString()
  @MinLength(16)
  @MaxLength(200)
  @Matches(PLAIN_LINE, { message: 'secret 不能包含控制字符' })
  secret?: string;

  @ApiPropertyOptional({ example: '羚羊平台同步' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(PLAIN_LINE, { message: 'description 不能包含控制字符' })
  description?: string;
}

export class FeedQueryDto {
  @ApiPropertyOptional({ description: '只返回此时刻（含）之后变化的信息，ISO 8601', example: '2026-01-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'updatedSince 必须是 ISO 8601 时间' })
  updatedSince?: string;

  @ApiPropertyOptional({ description: '上一页返回的 nextCursor（优先于 updatedSince）' })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;

  @OneOfField({ enum: LISTING_KINDS, optional: true }, LISTING_KINDS)
  kind?: ListingKind;
}

const BODY_OF = { need: CreateNeedDto, achievement: CreateAchievementDto, challenge: CreateChallengeDto } as const;

export class PushListingDto {
  @OneOfField({ enum: LISTING_KINDS }, LISTING_KINDS)
  kind: ListingKind;

  @ApiProperty({ description: '合作平台上的编号；同一合作方再次推送同一编号即更新', example: 'LY-2026-000123' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9._:-]+$/, { message: 'externalId 只能包含字母、数字和 . _ : -' })
  externalId: string;

  @ApiProperty({
    description: '信息内容，字段同 POST /api/listings/{needs|achievements|challenges}',
    oneOf: [
      { $ref: getSchemaPath(CreateNeedDto) },
      { $ref: getSchemaPath(CreateAchievementDto) },
      { $ref: getSchemaPath(CreateChallengeDto) },
    ],
  })
  @IsObject()
  @ValidateIf((o: PushListingDto) => LISTING_KINDS.includes(o.kind))
  @ValidateNested()
  // The body's class follows `kind` (validated above), so the nested rules are the kind's own.
  @Transform(({ value, obj }: { value: unknown; obj: { kind?: unknown } }) =>
    value && typeof value === 'object' && typeof obj.kind === 'string' && obj.kind in BODY_OF
      ? plainToInstance(BODY_OF[obj.kind as ListingKind], value)
      : value,
  )
  listing: CreateNeedDto | CreateAchievementDto | CreateChallengeDto;
}
