import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { GetRoute, PostRoute } from '../openapi/routes.js';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MeViewDto, RecoveryCodesDto } from './identity-views.dto.js';
import { MemberService, TotpService } from '../../../../libs/identity/src/index.js';
import { Policy, CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
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

  @GetRoute(undefined, MeViewDto)
  @Policy('me.read')
  @ApiOperation({ summary: '当前用户、所属机构与权限' })
  me(@CurrentUser() principal: Principal) {
    return this.members.me(principal);
  }

  @Post('totp/setup')
  @HttpCode(200)
  @Policy('me.totp.setup')
  @ApiOperation({ summary: '生成动态口令密钥（科技局、平台账号）' })
  async setupTotp(@CurrentUser() principal: Principal) {
    const me = await this.members.me(principal);
    return this.totp.setup(principal, me.user.email);
  }

  @PostRoute('totp/enable', { ok: RecoveryCodesDto })
  @Policy('me.totp.enable')
  @ApiOperation({ summary: '输入动态口令以启用二次验证；返回恢复码（只显示这一次）' })
  enableTotp(@CurrentUser() principal: Principal, @Body() dto: TotpCodeDto) {
    return this.totp.enable(principal, dto.code);
  }

  @PostRoute('totp/recovery-codes', { ok: RecoveryCodesDto })
  @Policy('me.totp.recovery-codes')
  @ApiOperation({ summary: '输入动态口令以重新生成恢复码（原恢复码全部作废）' })
  regenerateRecoveryCodes(@CurrentUser() principal: Principal, @Body() dto: TotpCodeDto) {
    return this.totp.regenerateRecoveryCodes(principal, dto.code);
  }

  @Post('totp/disable')
  @Policy('me.totp.disable')
  @HttpCode(204)
  @ApiOperation({ summary: '输入动态口令以关闭二次验证' })
  async disableTotp(@CurrentUser() principal: Principal, @Body() dto: TotpCodeDto): Promise<void> {
    await this.totp.disable(principal, dto.code);
  }
}
