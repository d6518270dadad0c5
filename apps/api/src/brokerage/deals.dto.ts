import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  DEAL_STAGES,
  type CommissionBasis,
  type DealStage,
  type PartyRole,
} from '../../../../libs/brokerage/src/index.js';
import { NestedObject, NestedObjectArray, PageQueryDto } from '../../../../libs/shared/http/index.js';

const BASES: CommissionBasis[] = ['contract_amount', 'tech_amount', 'net_income'];

export class DealPartyDto {
  @ApiProperty()
  @IsUUID()
  orgId: string;

  @ApiProperty({ enum: ['seller', 'buyer'] })
  @IsIn(['seller', 'buyer'])
  role: PartyRole;
}

export class CommissionDto {
  @ApiPropertyOptional({ description: '佣金比例（%）', example: 3 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  percent?: number;

  @ApiPropertyOptional({ description: '固定佣金（分，字符串）', example: '500000' })
  @IsOptional()
  @Matches(/^(0|[1-9][0-9]{0,18})$/, { message: 'fixedFen 必须是以分为单位的非负整数字符串' })
  fixedFen?: string;

  @ApiPropertyOptional({ enum: BASES })
  @IsOptional()
  @IsIn(BASES)
  basis?: CommissionBasis;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class OpenDealDto {
  @ApiProperty({ example: '秸秆综合利用技术对接' })
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  needId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  achievementId?: string;

  @ApiPropertyOptional({ description: '揭榜挂帅的中标申请' })
  @IsOptional()
  @IsUUID()
  challengeApplicationId?: string;

  @ApiPropertyOptional({ description: '匹配结果的引用' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  matchRef?: string;

  @ApiProperty({ type: [DealPartyDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @NestedObjectArray(() => DealPartyDto)
  parties: DealPartyDto[];

  @ApiPropertyOptional({ type: CommissionDto })
  @IsOptional()
  @NestedObject(() => CommissionDto)
  commission?: CommissionDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

export class MoveDealDto {
  @ApiProperty({ enum: DEAL_STAGES })
  @IsIn(DEAL_STAGES)
  to: DealStage;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

export class DealNoteDto {
  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  note: string;
}

export class SetCommissionDto extends CommissionDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

export class DealIdParamDto {
  @ApiProperty()
  @IsUUID()
  id: string;
}

export class DealListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DEAL_STAGES })
  @IsOptional()
  @IsIn(DEAL_STAGES)
  stage?: DealStage;

  @ApiPropertyOptional({ description: '地区（科技局，本辖区内）' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'region 必须是 6 位数字的行政区划代码' })
  region?: string;
}

export class BoardQueryDto {
  @ApiPropertyOptional({ enum: ['broker', 'region'], default: 'broker' })
  @IsOptional()
  @IsIn(['broker', 'region'])
  scope?: 'broker' | 'region';

  @ApiPropertyOptional({ description: '地区（scope=region 时，默认本辖区）' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'region 必须是 6 位数字的行政区划代码' })
  region?: string;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  perColumn?: number;
}
