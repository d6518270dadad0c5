import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { InstantField, OneOfField, PLAIN_LINE, TextField, UuidField, VersionField, IdParam } from '../dto-fields.js';

const FORMATS = ['online', 'venue', 'hybrid'] as const;
const ITEM_KINDS = ['achievement', 'auction'] as const;
const WHEN = ['upcoming', 'past'] as const;
const FORMAT_MESSAGE = 'format 必须是 online（线上）、venue（线下）或 hybrid（线上+线下）之一';
const CAPACITY_MESSAGE = 'capacity 必须是 1 到 100000 的整数';

export class RoadshowIdParamDto extends IdParam('路演 ID') {}

export class CreateRoadshowDto {
  @TextField({ example: '淮北市新材料科技成果专场路演', description: '路演名称', chars: 'line' }, 1, 200)
  title: string;

  @TextField(
    { example: '推介高校院所新材料领域成果，现场对接企业需求。', description: '路演介绍', chars: 'text' },
    0,
    5000,
  )
  description: string;

  @OneOfField({ enum: FORMATS, description: '形式：线上、线下、线上+线下' }, FORMATS, FORMAT_MESSAGE)
  format: (typeof FORMATS)[number];

  @TextField(
    { optional: true, nullable: true, example: 'https://meeting.example.cn/s/123', description: '线上参会链接' },
    1,
    500,
  )
  @Matches(PLAIN_LINE, { message: 'onlineUrl 不能含控制字符' })
  onlineUrl?: string | null;

  @TextField(
    { optional: true, nullable: true, example: '淮北市科技大厦三楼报告厅', description: '举办地点', chars: 'line' },
    1,
    200,
  )
  venue?: string | null;

  @InstantField({ example: '2026-12-18T14:00:00+08:00', description: '开始时间（不早于现在）' })
  startsAt: string;

  @InstantField({ example: '2026-12-18T17:00:00+08:00', description: '结束时间（晚于开始时间，最长 7 天）' })
  endsAt: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100000, nullable: true, description: '报名机构上限（不填不限）' })
  @IsOptional()
  @IsInt({ message: CAPACITY_MESSAGE })
  @Min(1, { message: CAPACITY_MESSAGE })
  @Max(100_000, { message: CAPACITY_MESSAGE })
  capacity?: number | null;
}

/** Fields left out stay as they are. */
export class UpdateRoadshowDto {
  @VersionField()
  version: number;

  @TextField({ optional: true, description: '路演名称', chars: 'line' }, 1, 200)
  title?: string;

  @TextField({ optional: true, description: '路演介绍', chars: 'text' }, 0, 5000)
  description?: string;

  @OneOfField({ enum: FORMATS, optional: true }, FORMATS, FORMAT_MESSAGE)
  format?: (typeof FORMATS)[number];

  @TextField({ optional: true, nullable: true, description: '线上参会链接', chars: 'line' }, 1, 500)
  onlineUrl?: string | null;

  @TextField({ optional: true, nullable: true, description: '举办地点', chars: 'line' }, 1, 200)
  venue?: string | null;

  @InstantField({ optional: true, description: '开始时间' })
  startsAt?: string;

  @InstantField({ optional: true, description: '结束时间' })
  endsAt?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100000, nullable: true })
  @IsOptional()
  @IsInt({ message: CAPACITY_MESSAGE })
  @Min(1, { message: CAPACITY_MESSAGE })
  @Max(100_000, { message: CAPACITY_MESSAGE })
  capacity?: number | null;
}

export class RoadshowVersionDto {
  @VersionField()
  version: number;
}

export class CancelRoadshowDto extends RoadshowVersionDto {
  @TextField(
    { example: '主讲专家行程调整，改期另行通知', description: '取消理由（报名机构可见）', chars: 'text' },
    2,
    500,
  )
  reason: string;
}

export class RoadshowItemRefDto {
  @OneOfField({ enum: ITEM_KINDS, description: 'achievement：科技成果；auction：竞价标的' }, ITEM_KINDS)
  kind: (typeof ITEM_KINDS)[number];

  @UuidField({ description: '成果或标的 ID' })
  id: string;
}

export class SetRoadshowItemsDto extends RoadshowVersionDto {
  @ApiProperty({
    type: [RoadshowItemRefDto],
    description: '推介项目（按顺序，最多 50 项；已公开发布的成果或竞价标的）',
  })
  @IsArray({ message: 'items 必须是数组' })
  @ArrayMaxSize(50, { message: 'items 最多 50 项' })
  @ValidateNested({ each: true })
  @Type(() => RoadshowItemRefDto)
  items: RoadshowItemRefDto[];
}

export class RoadshowAttendanceDto {
  @ApiProperty({ type: [String], format: 'uuid', description: '报名机构 ID' })
  @IsArray({ message: 'orgIds 必须是数组' })
  @ArrayMinSize(1, { message: 'orgIds 至少 1 项' })
  @ArrayMaxSize(1000, { message: 'orgIds 最多 1000 项' })
  @IsUUID('all', { each: true, message: 'orgIds 的每一项都必须是 UUID' })
  orgIds: string[];

  @ApiProperty({ description: '是否到场' })
  @IsBoolean({ message: 'attended 必须是 true 或 false' })
  attended: boolean;
}

export class RoadshowDealDto {
  @UuidField({ description: '路演后达成的对接项目 ID' })
  dealId: string;
}

export class RoadshowListQueryDto extends PageQueryDto {
  @OneOfField({ enum: WHEN, optional: true, description: 'upcoming：报名中和进行中；past：已结束和已取消' }, WHEN)
  when?: (typeof WHEN)[number];
}

export class RegisterRoadshowDto {
  @ApiProperty({ enum: [true], description: '确认报名（必须为 true）' })
  @IsIn([true], { message: 'confirm 必须为 true' })
  confirm: true;
}
