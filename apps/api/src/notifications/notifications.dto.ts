import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class NotificationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '只看未读', type: Boolean })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'unread 必须是 true 或 false' })
  unread?: boolean;
}

export class NotificationIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id 必须是 UUID' })
  id: string;
}
