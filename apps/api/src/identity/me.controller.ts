import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { GetRoute, PostRoute, Operation } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { MeViewDto, RecoveryCodesDto } from './identity-views.dto.js';
import { MemberService, TotpService } from '../../../../libs/identity/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { TotpCodeDto } from './auth.dto.js';

/** The caller's own account and second factor. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly members: MemberService,
    private readonly totp: TotpService,
  ) {}

  @GetRoute(undefined, MeViewDto, { policy: 'me.read', summary: '当前用户、所属机构与权限' })
  me(@CurrentUser() principal: Principal) {
    return this.members.me(principal);
  }

  @Post('totp/setup')
  @HttpCode(200)
  @Operation('me.totp.setup', '生成动态口令密钥（科技局、平台账号）')
  async setupTotp(@CurrentUser() principal: Principal) {
    const me = await this.members.me(principal);
    return this.totp.setup(principal, me.user.email);
  }

  @PostRoute(
    'totp/enable',
    { ok: RecoveryCodesDto },
    { policy: 'me.totp.enable', summary: '输入动态口令以启用二次验证；返回恢复码（只显示这一次）' },
  )
  enableTotp(@CurrentUser() principal: Principal, @Body() dto: TotpCodeDto) {
    return this.totp.enable(principal, dto.code);
  }

  @PostRoute(
    'totp/recovery-codes',
    { ok: RecoveryCodesDto },
    { policy: 'me.totp.recovery-codes', summary: '输入动态口令以重新生成恢复码（原恢复码全部作废）' },
  )
  regenerateRecoveryCodes(@CurrentUser() principal: Principal, @Body() dto: TotpCodeDto) {
    return this.totp.regenerateRecoveryCodes(principal, dto.code);
  }

  @Post('totp/disable')
  @Operation('me.totp.disable', '输入动态口令以关闭二次验证')
  @HttpCode(204)
  async disableTotp(@CurrentUser() principal: Principal, @Body() dto: TotpCodeDto): Promise<void> {
    await this.totp.disable(principal, dto.code);
  }
}
