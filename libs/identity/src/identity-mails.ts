import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailQueue } from '../../notifications/src/index.js';
import { MailConfig } from '../../shared/config/index.js';
import { UserRepository } from './user.repository.js';
import { chinaMinuteText } from '../../shared/labels/index.js';

/** Page of the web app that takes a one-time token; it rides in the fragment, which never reaches a server log. */
const SET_PASSWORD_PATH = '/accept-invite';

/** The mails identity sends (queued in the caller's transaction, sent by the worker after commit). */
@Injectable()
export class IdentityMails {
  constructor(
    private readonly users: UserRepository,
    private readonly mails: MailQueue,
    private readonly mailCfg: MailConfig,
  ) {}

  private link(token: string): string {
    return `${this.mailCfg.publicUrl}${SET_PASSWORD_PATH}#token=${token}`;
  }

  /** The invitation with its accept link; `reference` distinguishes a resent one. */
  async invitation(
    em: EntityManager,
    to: { id: string; email: string; displayName: string; orgId: string },
    inviterId: string,
    token: string,
    expiresAt: Date,
    reference = `invite:${to.id}`,
  ): Promise<void> {
    const who = await this.users.invitationNames(em, to.orgId, inviterId);
    await this.mails.enqueue(em, {
      to: [to.email],
      subject: `【网上技术市场】${who.org_name}邀请您加入`,
      text: [
        `${to.displayName}，您好：`,
        '',
        `${who.inviter}邀请您以“${who.org_name}”成员的身份使用网上技术市场。`,
        `请在 ${chinaMinuteText(expiresAt)}（北京时间）前打开以下链接，设置登录密码后即可登录：`,
        this.link(token),
        '',
        '该链接只能使用一次，请勿转发。如果您与该单位无关，请忽略本邮件。',
      ].join('\n'),
      reference,
    });
  }

  /** An administrator reset the password: the link sets a new one. */
  async passwordReset(
    em: EntityManager,
    to: { id: string; email: string; displayName: string },
    token: string,
    expiresAt: Date,
    reference: string,
  ): Promise<void> {
    await this.mails.enqueue(em, {
      to: [to.email],
      subject: '【网上技术市场】请重新设置登录密码',
      text: [
        `${to.displayName}，您好：`,
        '',
        '平台管理员已重置您的登录密码，原密码已失效，您的所有登录会话均已退出。',
        `请在 ${chinaMinuteText(expiresAt)}（北京时间）前打开以下链接，设置新密码后重新登录：`,
        this.link(token),
        '',
        '该链接只能使用一次，请勿转发。如有疑问，请联系平台管理员。',
      ].join('\n'),
      reference,
    });
  }
}
