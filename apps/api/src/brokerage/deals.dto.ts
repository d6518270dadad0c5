import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import {
  DEAL_STAGES,
  DEAL_STAGE_NOTE_MAX,
  type CommissionBasis,
  type DealStage,
  type PartyRole,
} from '../../../../libs/brokerage/src/index.js';
import { NestedObject, NestedObjectArray, PageQueryDto } from '../../../../libs/shared/http/index.js';
import { field, IntQueryField, OneOfField, RegionCodeField, TextField, VersionField, IdParam } from '../dto-fields.js';

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

  @OneOfField({ enum: BASES, optional: true }, BASES)
  basis?: CommissionBasis;

  @TextField({ optional: true }, 2000)
  note?: string;
}

export class OpenDealDto {
  @TextField({ example: '秸秆综合利用技术对接' }, 2, 200)
  title: string;

  @field({ optional: true }, () => [IsUUID()])
  needId?: string;

  @field({ optional: true }, () => [IsUUID()])
  achievementId?: string;

  @field({ description: '揭榜挂帅的中标申请', optional: true }, () => [IsUUID()])
  challengeApplicationId?: string;

  @TextField({ description: '匹配结果的引用', optional: true }, 1, 100)
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

  @TextField({ optional: true }, 5000)
  note?: string;
}

export class MoveDealDto {
  @OneOfField({ enum: DEAL_STAGES }, DEAL_STAGES)
  to: DealStage;

  @VersionField()
  version: number;

  @TextField(
    {
      optional: true,
      chars: 'text',
      description: `推进的原因或说明（选填，最多 ${DEAL_STAGE_NOTE_MAX} 字），写入进展时间线`,
    },
    DEAL_STAGE_NOTE_MAX,
  )
  note?: string;
}

export class DealNoteDto {
  @TextField({}, 1, 5000)
  note: string;
}

export class SetCommissionDto extends CommissionDto {
  @VersionField()
  version: number;
}

export class DealIdParamDto extends IdParam() {}

export class DealListQueryDto extends PageQueryDto {
  @OneOfField({ enum: DEAL_STAGES, optional: true }, DEAL_STAGES)
  stage?: DealStage;

  @RegionCodeField({ description: '地区（科技局，本辖区内）', optional: true })
  region?: string;
}

export class BoardQueryDto {
  @OneOfField({ enum: ['broker', 'region'], default: 'broker', optional: true }, ['broker', 'region'])
  scope?: 'broker' | 'region';

  @RegionCodeField({ description: '地区（scope=region 时，默认本辖区）', optional: true })
  region?: string;

  @IntQueryField({ default: 20, maximum: 100, optional: true }, 1, 100)
  perColumn?: number;
}
