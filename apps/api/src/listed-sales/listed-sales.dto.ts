import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import {
  LISTED_SALE_STATUSES,
  LISTING_MODES,
  MAX_LISTING_WORKING_DAYS,
  MIN_REGION_LISTING_WORKING_DAYS,
  type ListedSaleStatus,
  type ListingMode,
} from '../../../../libs/listed-sales/src/index.js';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import {
  FenField,
  OneOfField,
  PLAIN_TEXT,
  RegionCodeField,
  TextField,
  UuidField,
  VersionField,
  IdParam,
} from '../dto-fields.js';

const MODE_MESSAGE = `mode 必须是 ${LISTING_MODES.join('、')} 之一`;
const PERIOD_MESSAGE = `periodWorkingDays 必须是 1 到 ${MAX_LISTING_WORKING_DAYS} 的整数`;

export class ListedSaleIdParamDto extends IdParam('挂牌项目 ID') {}

export class ListingPeriodParamDto {
  @RegionCodeField({ description: '行政区划代码' })
  regionCode: string;
}

export class CreateListedSaleDto {
  @UuidField({ description: '挂牌的本机构科技成果（已发布）' })
  achievementId: string;

  @TextField(
    { example: '一种生物质硬碳负极材料的制备方法（专利权转让）', description: '挂牌名称', chars: 'line' },
    1,
    200,
  )
  title: string;

  @TextField(
    { example: '发明专利 ZL202310000000.0，含 6 个月技术指导。', description: '项目介绍', chars: 'text' },
    0,
    5000,
  )
  description: string;

  @OneOfField({ enum: LISTING_MODES, description: '交易方式：转让或许可' }, LISTING_MODES, MODE_MESSAGE)
  mode: ListingMode;

  @FenField({ example: '50000000', description: '挂牌价（分，大于 0）' })
  priceFen: string;

  @FenField({ optional: true, example: '1000000', description: '转为竞价时的保证金（分，默认 0）' })
  depositFen?: string;

  @TextField(
    { example: '一次性付款；合同生效后 30 日内办理专利权转移登记。', description: '交易条件', chars: 'text' },
    0,
    5000,
  )
  terms: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_LISTING_WORKING_DAYS,
    description: '挂牌期（工作日）；默认且不少于卖方所在地区的最短挂牌期（未设置时 20 个工作日）',
  })
  @IsOptional()
  @IsInt({ message: PERIOD_MESSAGE })
  @Min(1, { message: PERIOD_MESSAGE })
  @Max(MAX_LISTING_WORKING_DAYS, { message: PERIOD_MESSAGE })
  periodWorkingDays?: number;
}

/** Fields left out stay as they are; every change is a new version. */
export class ReviseListedSaleDto {
  @VersionField()
  version: number;

  @TextField({ optional: true, description: '挂牌名称', chars: 'line' }, 1, 200)
  title?: string;

  @TextField({ optional: true, description: '项目介绍', chars: 'text' }, 0, 5000)
  description?: string;

  @OneOfField({ enum: LISTING_MODES, optional: true, description: '交易方式' }, LISTING_MODES, MODE_MESSAGE)
  mode?: ListingMode;

  @FenField({ optional: true, description: '挂牌价（分）；有意向受让方后不能修改' })
  priceFen?: string;

  @FenField({ optional: true, description: '保证金（分）；有意向受让方后不能修改' })
  depositFen?: string;

  @TextField({ optional: true, description: '交易条件；有意向受让方后不能修改', chars: 'text' }, 0, 5000)
  terms?: string;

  @TextField(
    { optional: true, example: '补充专利年费缴纳情况', description: '修改说明（公开显示在版本记录中）' },
    0,
    500,
  )
  @Matches(PLAIN_TEXT, { message: 'changeNote 不能含控制字符' })
  changeNote?: string;
}

export class WithdrawListedSaleDto {
  @VersionField()
  version: number;

  @TextField({ example: '专利权属正在变更，暂停挂牌', description: '撤回理由（必填）', chars: 'text' }, 1, 500)
  reason: string;
}

export class RelistDto {
  @FenField({ optional: true, description: '新的挂牌价（分）；默认沿用' })
  priceFen?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_LISTING_WORKING_DAYS, description: '挂牌期（工作日）' })
  @IsOptional()
  @IsInt({ message: PERIOD_MESSAGE })
  @Min(1, { message: PERIOD_MESSAGE })
  @Max(MAX_LISTING_WORKING_DAYS, { message: PERIOD_MESSAGE })
  periodWorkingDays?: number;

  @TextField({ optional: true, description: '重新挂牌说明', chars: 'text' }, 0, 500)
  changeNote?: string;
}

export class DeclareIntentDto {
  @TextField(
    { example: '接受挂牌价，一次性付款，合同生效后 30 日内付清。', description: '受让条件（接受挂牌价）' },
    1,
    2000,
  )
  @Matches(PLAIN_TEXT, { message: 'terms 不能含控制字符' })
  terms: string;
}

export class SetListingPeriodDto {
  @ApiProperty({
    minimum: MIN_REGION_LISTING_WORKING_DAYS,
    maximum: MAX_LISTING_WORKING_DAYS,
    description: '本辖区最短挂牌期（工作日）',
  })
  @IsInt({ message: `workingDays 必须是 ${MIN_REGION_LISTING_WORKING_DAYS} 到 ${MAX_LISTING_WORKING_DAYS} 的整数` })
  @Min(MIN_REGION_LISTING_WORKING_DAYS, {
    message: `workingDays 必须是 ${MIN_REGION_LISTING_WORKING_DAYS} 到 ${MAX_LISTING_WORKING_DAYS} 的整数`,
  })
  @Max(MAX_LISTING_WORKING_DAYS, {
    message: `workingDays 必须是 ${MIN_REGION_LISTING_WORKING_DAYS} 到 ${MAX_LISTING_WORKING_DAYS} 的整数`,
  })
  workingDays: number;
}

export class ListedSaleListQueryDto extends PageQueryDto {
  @OneOfField(
    { enum: LISTED_SALE_STATUSES, optional: true },
    LISTED_SALE_STATUSES,
    `status 必须是 ${LISTED_SALE_STATUSES.join('、')} 之一`,
  )
  status?: ListedSaleStatus;
}
