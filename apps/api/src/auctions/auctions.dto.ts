import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import {
  BooleanQueryField,
  FenField,
  InstantField,
  IntQueryField,
  OneOfField,
  PLAIN_TEXT,
  TextField,
  UuidField,
  VersionField,
  IdParam,
} from '../dto-fields.js';

const STATUSES = ['published', 'sold', 'unsold', 'withdrawn'] as const;
const MINE_STATUSES = ['draft', ...STATUSES] as const;

export class AuctionIdParamDto extends IdParam('标的 ID') {}

class LotTextFields {
  @TextField(
    { example: '一种生物质硬碳负极材料的制备方法（专利权转让）', description: '标的名称', chars: 'line' },
    1,
    200,
  )
  title: string;

  @TextField(
    { example: '发明专利 ZL202310000000.0 的专利权转让，含技术秘密与 6 个月技术指导。', description: '标的介绍' },
    0,
    5000,
  )
  @Matches(PLAIN_TEXT, { message: 'description 不能含控制字符' })
  description: string;
}

export class CreateLotDto extends LotTextFields {
  @UuidField({ optional: true, description: '所竞价的本机构科技成果（可选）' })
  achievementId?: string;

  @FenField({ description: '起拍价（分）' })
  startingPriceFen: string;

  @FenField({ optional: true, example: '15000000', description: '保留价（分，可选；不低于起拍价）' })
  reservePriceFen?: string;

  @ApiPropertyOptional({ default: false, description: '是否公开保留价' })
  @IsOptional()
  @IsBoolean({ message: 'reserveShown 必须是 true 或 false' })
  reserveShown?: boolean;

  @ApiPropertyOptional({ default: false, description: '成交公告是否隐去买受人名称' })
  @IsOptional()
  @IsBoolean({ message: 'winnerAnonymous 必须是 true 或 false' })
  winnerAnonymous?: boolean;

  @FenField({ example: '500000', description: '加价幅度（分，大于 0）' })
  incrementFen: string;

  @FenField({ example: '1000000', description: '保证金（分）' })
  depositFen: string;

  @InstantField({ example: '2026-12-08T09:00:00+08:00', description: '竞价开始时间（不早于现在）' })
  startsAt: string;

  @InstantField({ example: '2026-12-08T11:00:00+08:00', description: '竞价结束时间（晚于开始时间）' })
  endsAt: string;

  @ApiPropertyOptional({
    default: 5,
    minimum: 1,
    maximum: 60,
    description: '延时规则：结束前 N 分钟内出价则延长 N 分钟',
  })
  @IsOptional()
  @IsInt({ message: 'antiSnipingMinutes 必须是 1 到 60 的整数' })
  @Min(1, { message: 'antiSnipingMinutes 必须是 1 到 60 的整数' })
  @Max(60, { message: 'antiSnipingMinutes 必须是 1 到 60 的整数' })
  antiSnipingMinutes?: number;
}

/** Fields left out stay as they are; `reservePriceFen: null` removes the reserve, `achievementId: null` the achievement. */
export class UpdateLotDto {
  @VersionField()
  version: number;

  @TextField({ optional: true, description: '标的名称', chars: 'line' }, 1, 200)
  title?: string;

  @TextField({ optional: true, description: '标的介绍', chars: 'text' }, 0, 5000)
  description?: string;

  @UuidField({ optional: true, nullable: true, description: '所竞价的本机构科技成果；null 取消关联' })
  achievementId?: string | null;

  @FenField({ optional: true, description: '起拍价（分）' })
  startingPriceFen?: string;

  @FenField({ optional: true, nullable: true, description: '保留价（分）；null 取消保留价；首次出价后不能修改' })
  reservePriceFen?: string | null;

  @ApiPropertyOptional({ description: '是否公开保留价；首次出价后不能修改' })
  @IsOptional()
  @IsBoolean({ message: 'reserveShown 必须是 true 或 false' })
  reserveShown?: boolean;

  @ApiPropertyOptional({ description: '成交公告是否隐去买受人名称（发布后不能修改）' })
  @IsOptional()
  @IsBoolean({ message: 'winnerAnonymous 必须是 true 或 false' })
  winnerAnonymous?: boolean;

  @FenField({ optional: true, description: '加价幅度（分）' })
  incrementFen?: string;

  @FenField({ optional: true, description: '保证金（分）' })
  depositFen?: string;

  @InstantField({ optional: true, description: '竞价开始时间' })
  startsAt?: string;

  @InstantField({ optional: true, description: '竞价结束时间' })
  endsAt?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @IsOptional()
  @IsInt({ message: 'antiSnipingMinutes 必须是 1 到 60 的整数' })
  @Min(1, { message: 'antiSnipingMinutes 必须是 1 到 60 的整数' })
  @Max(60, { message: 'antiSnipingMinutes 必须是 1 到 60 的整数' })
  antiSnipingMinutes?: number;
}

export class LotVersionDto {
  @VersionField()
  version: number;
}

export class WithdrawLotDto extends LotVersionDto {
  @TextField({ example: '专利权属正在变更，暂停竞价', description: '撤回理由', chars: 'text' }, 2, 500)
  reason: string;
}

export class RegisterBidderDto {
  @ApiProperty({ enum: [true], description: '已阅读并接受竞买须知（必须为 true）' })
  @IsIn([true], { message: 'acceptTerms 必须为 true：须接受竞买须知才能报名' })
  acceptTerms: true;
}

export class ConfirmDepositDto {
  @UuidField({ description: '竞买机构 ID' })
  bidderOrgId: string;

  @TextField({ example: '34001234567890123456', description: '银行回单号或缴款凭证号', chars: 'line' }, 1, 100)
  reference: string;
}

export class PlaceBidDto {
  @FenField({ example: '10500000', description: '出价（分）：首次不低于起拍价，此后不低于当前价加加价幅度' })
  amountFen: string;
}

export class LotListQueryDto extends PageQueryDto {
  @OneOfField({ enum: STATUSES, optional: true }, STATUSES, `status 必须是 ${STATUSES.join('、')} 之一`)
  status?: (typeof STATUSES)[number];
}

export class MyLotsQueryDto extends PageQueryDto {
  @OneOfField({ enum: MINE_STATUSES, optional: true }, MINE_STATUSES, `status 必须是 ${MINE_STATUSES.join('、')} 之一`)
  status?: (typeof MINE_STATUSES)[number];
}

export class SupervisedLotsQueryDto extends PageQueryDto {
  @BooleanQueryField({ description: '只看有保证金待确认的', default: false, optional: true }, { message: false })
  pendingOnly?: boolean;
}

export class BidHistoryQueryDto {
  @IntQueryField(
    { optional: true, default: 0, description: '只返回序号大于此值的出价（断线重连补齐）' },
    0,
    2_147_483_647,
    'afterSeq 必须是非负整数',
  )
  afterSeq: number = 0;

  @IntQueryField(
    { optional: true, default: 100, description: '最多返回条数（1–500）' },
    1,
    500,
    'limit 必须是 1 到 500 的整数',
  )
  limit: number = 100;
}
