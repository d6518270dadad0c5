import { MaxLength } from 'class-validator';
import { EmailField, MobileField, TextField } from '../dto-fields.js';

/** The person an account is made for: sign-up's first administrator, a new bureau's administrator, an invited member. */
export class NewUserDto {
  @EmailField({ example: 'user@example.cn' })
  @MaxLength(254)
  email: string;

  @MobileField({ example: '13800000001', optional: true })
  phone?: string;

  @TextField({ example: '王强' }, 1, 50)
  displayName: string;
}
