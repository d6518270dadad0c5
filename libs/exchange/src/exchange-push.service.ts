import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ListingsService, type ListingInput, type ListingKind, type ListingView } from '../../listings/src/index.js';
import { permissionsOf, type Principal } from '../../shared/auth/index.js';
import { ExchangeError, ExchangeErrorCode } from './exchange.errors.js';
import { ExternalRefRepository } from './external-ref.repository.js';
import { OrgDirectoryService } from '../../identity/src/index.js';
import type { ApiKeyPrincipal } from './exchange.types.js';

export interface PushInput {
  kind: ListingKind;
  /** The partner's own id of the listing; a second push with it updates the same listing. */
  externalId: string;
  listing: ListingInput;
}

export interface PushResult {
  created: boolean;
  externalId: string;
  listing: ListingView;
}

/** A claim left by a push that died between claiming the external id and creating the listing. */
const STALE_CLAIM_SECONDS = 120;

/**
 * Partners push listings on behalf of the key's organisation through the ordinary listings
 * service (same validation, review and `listing.changed` event as the web UI): create or update by the
 * partner's external id, then submit, which publishes directly or queues for the bureau's review.
 */
@Injectable()
export class ExchangePushService {
  constructor(
    private readonly ds: DataSource,
    private readonly listings: ListingsService,
    private readonly refs: ExternalRefRepository,
    private readonly orgs: OrgDirectoryService,
  ) {}

  /** The organisation's first active admin acts for the partner (listings record a creating user). */
  private async actingPrincipal(orgId: string): Promise<Principal> {
    const org = await this.orgs.summary(orgId);
    if (!org) throw new ExchangeError(ExchangeErrorCode.EXCHANGE_ORG_NOT_FOUND, '密钥所属单位不存在', { orgId });
    if (!org.verified) {
      throw new ExchangeError(ExchangeErrorCode.EXCHANGE_ORG_NOT_VERIFIED, '密钥所属单位尚未通过认证，不能推送信息', {
        orgId,
      });
    }
    const userId = await this.orgs.actingAdmin(orgId);
    if (!userId)
      throw new ExchangeError(ExchangeErrorCode.EXCHANGE_ORG_NO_ACTIVE_ADMIN, '密钥所属单位没有可用的管理员账号', {
        orgId,
      });
    return {
      userId,
      orgId: org.id,
      orgType: org.type,
      orgVerified: true,
      regionCode: org.regionCode,
      roles: ['org_admin'],
      permissions: permissionsOf({ roles: ['org_admin'], orgType: org.type, orgVerified: true }),
    };
  }

  async push(key: ApiKeyPrincipal, input: PushInput): Promise<PushResult> {
    if (!key.orgId) throw new ExchangeError(ExchangeErrorCode.API_KEY_ORG_REQUIRED, '该密钥未绑定代为发布的单位');
    const p = await this.actingPrincipal(key.orgId);
    const claimed = await this.claim(key, input);
    if (claimed)
      return { created: true, externalId: input.externalId, listing: await this.createClaimed(key, input, p) };

    const ref = await this.refs.find(this.ds.manager, key.partner, input.externalId);
    if (!ref || ref.kind !== input.kind || ref.org_id !== key.orgId) {
      throw new ExchangeError(
        ExchangeErrorCode.EXCHANGE_EXTERNAL_ID_CONFLICT,
        'externalId 已用于其他类型或其他单位的信息',
        { externalId: input.externalId },
      );
    }
    if (!ref.listing_id)
      throw new ExchangeError(
        ExchangeErrorCode.EXCHANGE_PUSH_IN_PROGRESS,
        '同一 externalId 的推送正在处理，请稍后重试',
      );
    const current = await this.listings.get(input.kind, ref.listing_id, p);
    let view = await this.listings.update(input.kind, ref.listing_id, p, current.version, input.listing);
    view = await this.submitIfIdle(input.kind, view, p);
    await this.refs.touch(this.ds.manager, key.partner, input.externalId, key.keyId);
    return { created: false, externalId: input.externalId, listing: view };
  }

  /** Reserves the external id (or takes over a stale reservation); false when it already exists. */
  private async claim(key: ApiKeyPrincipal, input: PushInput): Promise<boolean> {
    const ref = {
      partner: key.partner,
      externalId: input.externalId,
      kind: input.kind,
      orgId: key.orgId!,
      keyId: key.keyId,
    };
    if (await this.refs.reserve(this.ds.manager, ref)) return true;
    return this.refs.takeOverStale(this.ds.manager, ref, STALE_CLAIM_SECONDS);
  }

  private async createClaimed(key: ApiKeyPrincipal, input: PushInput, p: Principal): Promise<ListingView> {
    let view: ListingView;
    try {
      view = await this.listings.create(input.kind, p, input.listing);
    } catch (err) {
      await this.refs.release(this.ds.manager, key.partner, input.externalId);
      throw err;
    }
    await this.refs.link(this.ds.manager, key.partner, input.externalId, view.id);
    return this.submitIfIdle(input.kind, view, p);
  }

  private async submitIfIdle(kind: ListingKind, view: ListingView, p: Principal): Promise<ListingView> {
    if (!['draft', 'rejected', 'withdrawn'].includes(view.status)) return view;
    return this.listings.submit(kind, view.id, p, view.version);
  }
}
