import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  ACHIEVEMENT_TYPES,
  COOPERATION_MODES,
  LISTING_STATUSES,
  MAX_FEN,
  NEED_VISIBILITIES,
  TRANSFER_MODES,
  type AchievementType,
  type CooperationMode,
  type ListingStatus,
  type NeedVisibility,
  type TransferMode,
} from '../../../../libs/listings/src/index.js';
import { NestedObjectArray, PageQueryDto } from '../../../../libs/shared/http/index.js';
import {
  DateField,
  field,
  NotBlank,
  OneOfField,
  PhoneField,
  PLAIN_LINE,
  TextField,
  UuidField,
  VersionField,
  PLAIN_TEXT,
  IdParam,
} from '../dto-fields.js';

export const KIND_PATHS = ['needs', 'achievements', 'challenges'] as const;
export type KindPath = (typeof KIND_PATHS)[number];

export class KindParamDto {
  @ApiProperty({ enum: KIND_PATHS })
  @IsIn(KIND_PATHS, { message: 'kind 必须是 needs、achievements 或 challenges' })
  kind: KindPath;
}

export class KindIdParamDto extends KindParamDto {
  @UuidField()
  id: string;
}

export class ListingIdParamDto extends IdParam() {}

export class ApplicationParamDto extends ListingIdParamDto {
  @UuidField()
  applicationId: string;
}

export class ListingVersionDto {
  @VersionField(
    { description: '读取时的版本号（乐观锁）；版本已变化时返回 409', example: 1 },
    { message: 'version 必须是整数' },
  )
  version: number;
}

export class ListingVersionQueryDto {
  @VersionField(
    { description: '读取时的版本号（乐观锁）；版本已变化时返回 409', example: 1 },
    { coerce: true, message: 'version 必须是整数' },
  )
  version: number;
}

export class RejectDto extends ListingVersionDto {
  @ApiProperty({ description: '驳回理由', example: '联系方式不完整' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  @Matches(PLAIN_TEXT, { message: 'reason 不能包含控制字符' })
  reason: string;
}

export class MineQueryDto extends PageQueryDto {
  @OneOfField({ enum: LISTING_STATUSES, description: '按状态筛选（仅本单位）', optional: true }, LISTING_STATUSES)
  status?: ListingStatus;
}

class ListingCommonDto {
  @ApiProperty({ example: '动力锂电池梯次利用检测技术', minLength: 2, maxLength: 200 })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @Matches(PLAIN_LINE, { message: 'title 不能包含控制字符' })
  @NotBlank('title')
  title: string;

  @ApiProperty({ description: '详细描述 / 成果简介 / 榜单问题', maxLength: 20000 })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  @Matches(PLAIN_TEXT, { message: 'description 不能包含控制字符' })
  @NotBlank('description')
  description: string;

  @ApiPropertyOptional({ type: [String], maxItems: 10, example: ['锂电池', '梯次利用'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(30, { each: true })
  @Matches(PLAIN_LINE, { each: true, message: 'keywords 不能包含控制字符' })
  keywords?: string[];

  @ApiProperty({ description: '技术领域代码（见 /api/tech-fields）', example: '06' })
  @Matches(/^\d{2}$/, { message: 'techFieldCode 请从技术领域列表中选择' })
  techFieldCode: string;

  @TextField({ example: '王工', optional: true }, 50)
  @Matches(PLAIN_LINE)
  contactName?: string;

  @PhoneField({ example: '0558-1234567', optional: true }, 20)
  contactPhone?: string;
}

/** An optional amount in fen (an integer), `negative` the message for one below 0. */
const fenField = (description: string, negative?: string) =>
  field(
    {
      description: `${description}（单位：分，整数）`,
      minimum: 0,
      maximum: MAX_FEN,
      example: 50_000_000,
      optional: true,
    },
    (name) => [
      IsInt({ message: `${name} 必须是整数（分）` }),
      Min(0, negative === undefined ? undefined : { message: negative }),
      Max(MAX_FEN),
    ],
  );

export class CreateNeedDto extends ListingCommonDto {
  @TextField({ example: '汽车零部件', optional: true }, 100)
  industry?: string;

  @fenField('预算下限')
  budgetMinFen?: number;

  @fenField('预算上限')
  budgetMaxFen?: number;

  @DateField({ example: '2030-12-31', optional: true }, { strict: true, notPast: '截止日期' })
  deadline?: string;

  @ApiPropertyOptional({ enum: COOPERATION_MODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(COOPERATION_MODES, { each: true })
  cooperationModes?: CooperationMode[];

  @ApiPropertyOptional({
    enum: NEED_VISIBILITIES,
    default: 'public',
    description: 'public 所有人可见；verified 仅认证单位可见',
  })
  @IsOptional()
  @IsIn(NEED_VISIBILITIES)
  visibility?: NeedVisibility;

  @ApiPropertyOptional({ default: false, description: '匿名发布：企业名称仅对本单位、其经纪人和主管科技局可见' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
}

export class IpItemDto {
  @ApiProperty({ enum: ['invention_patent', 'utility_model', 'design', 'software_copyright', 'other'] })
  @IsIn(['invention_patent', 'utility_model', 'design', 'software_copyright', 'other'])
  kind: 'invention_patent' | 'utility_model' | 'design' | 'software_copyright' | 'other';

  @TextField({ example: 'ZL202310123456.7', optional: true }, 40)
  number?: string;

  @TextField({ example: '已授权', optional: true }, 40)
  status?: string;
}

export class TeamMemberDto {
  @ApiProperty({ example: '李教授' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name: string;

  @TextField({ example: '教授', optional: true }, 50)
  title?: string;
}

export class CreateAchievementDto extends ListingCommonDto {
  @ApiPropertyOptional({ description: '成果登记号（12 位）', example: '34120250001' })
  @IsOptional()
  @Matches(/^[0-9A-Z]{3}[0-9]{4}[A-Z0-9][0-9]{4}$/, { message: 'registryNumber 必须是 12 位成果登记号' })
  registryNumber?: string;

  @ApiProperty({ enum: ACHIEVEMENT_TYPES, description: 'applied 应用技术 / basic 基础理论 / soft 软科学' })
  @IsIn(ACHIEVEMENT_TYPES)
  achievementType: AchievementType;

  @ApiProperty({ minimum: 1, maximum: 9, description: '技术成熟度 TRL（GB/T 22900-2022）', example: 6 })
  @IsInt({ message: 'trl 必须是 1 到 9 的整数' })
  @Min(1, { message: 'trl 必须是 1 到 9 的整数' })
  @Max(9, { message: 'trl 必须是 1 到 9 的整数' })
  trl: number;

  @ApiPropertyOptional({ type: [IpItemDto] })
  @IsOptional()
  @ArrayMaxSize(50)
  @NestedObjectArray(() => IpItemDto)
  ipItems?: IpItemDto[];

  @ApiPropertyOptional({ type: [TeamMemberDto] })
  @IsOptional()
  @ArrayMaxSize(50)
  @NestedObjectArray(() => TeamMemberDto)
  team?: TeamMemberDto[];

  @ApiProperty({ enum: TRANSFER_MODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(TRANSFER_MODES, { each: true })
  transferModes: TransferMode[];

  @fenField('转让价格；面议时可不填', 'priceFen 不能为负数')
  priceFen?: number;

  @ApiPropertyOptional({ default: false, description: '价格面议' })
  @IsOptional()
  @IsBoolean()
  negotiable?: boolean;
}

export class CreateChallengeDto extends ListingCommonDto {
  @ApiProperty({ description: '榜单奖励（分）', minimum: 0, maximum: MAX_FEN, example: 100_000_000 })
  @IsInt({ message: 'rewardFen 必须是整数（分）' })
  @Min(0)
  @Max(MAX_FEN)
  rewardFen: number;

  @DateField({ example: '2030-12-31', optional: true }, { strict: true, notPast: '截止日期' })
  deadline?: string;
}

/** PATCH bodies: every field optional, plus the version read. */
export class UpdateNeedDto extends IntersectionType(PartialType(CreateNeedDto), ListingVersionDto) {}
export class UpdateAchievementDto extends IntersectionType(PartialType(CreateAchievementDto), ListingVersionDto) {}
export class UpdateChallengeDto extends IntersectionType(PartialType(CreateChallengeDto), ListingVersionDto) {}

export class ApplyDto {
  @ApiProperty({ example: '合肥工业大学新能源团队' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(PLAIN_LINE)
  teamName: string;

  @ApiProperty({ description: '揭榜方案' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  @Matches(PLAIN_TEXT)
  proposal: string;
}
