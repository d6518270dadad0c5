import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { PostRoute, Operation } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { UserViewDto } from './identity-views.dto.js';
import type { Request } from 'express';
import {
  AuthService,
  MemberService,
  SignupService,
  type RequestMeta,
  type TokenPair,
} from '../../../../libs/identity/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { AcceptInviteDto, LoginDto, RefreshDto, SignUpDto, TokenPairDto } from './auth.dto.js';
import { LoginGuard } from './login.guard.js';
import { ReqMeta } from './request-meta.decorator.js';
import { ApiIdempotencyKey, IdempotencyKey, IdempotencyService } from '../../../../libs/shared/http/index.js';

/** Sign-up, login, token refresh, logout, accepting an invitation. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly signup: SignupService,
    private readonly members: MemberService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Post('signup')
  @Operation('auth.signup', '机构注册（机构 + 首个管理员，待科技局审核）')
  @ApiIdempotencyKey(false)
  signUp(@Body() dto: SignUpDto, @ReqMeta() meta: RequestMeta, @IdempotencyKey() key: string | undefined) {
    // Anonymous: keys are scoped to the operation; the same key with another body answers 422.
    return this.idempotency.once({ scope: 'auth.signup', key, request: dto }, (em) =>
      this.signup.signUp(dto, meta, em),
    );
  }

  @UseGuards(LoginGuard)
  @PostRoute(
    'login',
    { ok: TokenPairDto },
    {
      policy: 'auth.login',
      summary: '邮箱或手机号 + 密码登录（启用动态口令的账号另需 totpCode，或一个恢复码 recoveryCode）',
    },
  )
  login(@Body() _dto: LoginDto, @Req() req: Request & { user: TokenPair }): TokenPair {
    return req.user;
  }

  @PostRoute(
    'refresh',
    { ok: TokenPairDto },
    { policy: 'auth.refresh', summary: '用刷新令牌换新的令牌对（旧刷新令牌作废；重复使用将注销全部会话）' },
  )
  refresh(@Body() dto: RefreshDto, @ReqMeta() meta: RequestMeta) {
    return this.auth.refresh(dto.refreshToken, meta);
  }

  @Post('logout')
  @Operation('auth.logout', '退出登录（结束当前会话）')
  @HttpCode(204)
  @ApiBearerAuth()
  async logout(@CurrentUser() principal: Principal & { sessionId: string }): Promise<void> {
    await this.auth.logout(principal, principal.sessionId);
  }

  @PostRoute(
    'accept-invite',
    { ok: UserViewDto },
    { policy: 'auth.accept-invite', summary: '用邀请或密码重置邮件中的一次性令牌设置密码（受邀成员由此激活账号）' },
  )
  acceptInvite(@Body() dto: AcceptInviteDto, @ReqMeta() meta: RequestMeta) {
    return this.members.acceptInvite(dto.token, dto.password, meta);
  }
}
