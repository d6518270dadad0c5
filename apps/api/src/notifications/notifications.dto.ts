import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { BooleanQueryField, UuidField } from '../dto-fields.js';

export class NotificationListQueryDto extends PageQueryDto {
  @BooleanQueryField({ description: '只看未读', type: Boolean, optional: true })
  unread?: boolean;
}

export class NotificationIdParamDto {
  @UuidField()
  id: string;
}
