import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgDirectoryService } from '../../identity/src/index.js';
import { NotificationService, type NotificationInput, type NotificationKind } from '../../notifications/src/index.js';
import { CodeTableService } from '../../reference/src/index.js';
import { EventBus, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import {
  CONTRACT_AMENDED,
  CONTRACT_CANCELLED,
  CONTRACT_CERTIFIED,
  CONTRACT_REGISTRATION_DUE,
  CONTRACT_REGISTRATION_OVERDUE,
  CONTRACT_REJECTED,
  CONTRACT_SUBMITTED,
  CONTRACT_TOPICS,
  PRICE_OBJECTION_FILED,
  PRICE_PUBLICATION_ENDED,
  PRICE_PUBLICATION_STARTED,
  type ContractEvent,
} from './contract.events.js';
import { ContractRepository } from './contract.repository.js';
import type { ContractRow } from './contract.row.js';

export const CONTRACT_NOTICES_QUEUE = 'contracts.notices';

/**
 * Tells the people of a contract what the registry did (contract.*): a submission goes to the
 * registry's staff (the verified bureaus of the nearest level at or above the seller's region);
 * a rejection, with its reason, to the seller, who must correct and resubmit; a certification,
 * amendment or cancellation to the seller and to the buyer when it is a registered organisation;
 * a registration deadline near (3 working days) or passed to the registry; a price publication
 * started to the registry and the buyer, an objection to it and the end of its period to the
 * seller and the registry.
 */
@Injectable()
export class ContractNoticesHandler implements JobHandler, OnModuleInit {
  readonly queue = CONTRACT_NOTICES_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly contracts: ContractRepository,
    private readonly directory: OrgDirectoryService,
    private readonly codes: CodeTableService,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([...CONTRACT_TOPICS], this);
  }

  handle(jobs: Job[], ctx: JobContext): Promise<void> {
    return this.notifications.notifyEach(ctx, jobs, (job) => this.noticesOf(job));
  }

  private async noticesOf(job: Job): Promise<NotificationInput[]> {
    const e = job.payload as unknown as ContractEvent;
    const c = await this.contracts.find(this.ds.manager, e.contractId);
    if (!c) return [];
    const parties = [
      c.seller_org_id,
      ...(c.buyer_org_id && c.buyer_org_id !== c.seller_org_id ? [c.buyer_org_id] : []),
    ];
    const notice = (orgs: string[], kind: NotificationKind, title: string, body: string, link: string) =>
      orgs.map((org): NotificationInput => ({
        recipientOrgId: org,
        kind,
        title: title,
        body: body,
        link,
        payload: { contractId: c.id },
        mail: true,
        dedupeKey: `${job.topic}:${job.id}:${org}`,
      }));
    const name = `「${c.title}」`;
    const registries = () => this.directory.nearestBureaus(c.seller_region_code);
    switch (job.topic) {
      case CONTRACT_SUBMITTED:
        return notice(
          await registries(),
          'contract_submitted',
          `待认定登记：${c.title}`,
          `${c.seller_name}提交了技术合同${name}申请认定登记，请在 ${c.deadline_on ?? '登记时限'} 前办理。`,
          '/certification',
        );
      case CONTRACT_REJECTED:
        return notice(
          [c.seller_org_id],
          'contract_rejected',
          `合同未予登记：${c.title}`,
          `技术合同${name}未予登记，原因：${await this.reason(c)}。请修改后重新提交。`,
          '/contracts',
        );
      case CONTRACT_CERTIFIED:
        return notice(
          parties,
          'contract_certified',
          `合同已认定登记：${c.title}`,
          `技术合同${name}已认定登记，登记编号 ${c.registration_no ?? ''}。`,
          '/contracts',
        );
      case CONTRACT_AMENDED:
        return notice(
          parties,
          'contract_amended',
          `合同登记已变更：${c.title}`,
          `技术合同${name}的登记金额已由登记机构变更，请查看变更记录。`,
          '/contracts',
        );
      case CONTRACT_CANCELLED:
        return notice(
          parties,
          'contract_cancelled',
          `合同登记已撤销：${c.title}`,
          `技术合同${name}的认定登记已由登记机构撤销。`,
          '/contracts',
        );
      case CONTRACT_REGISTRATION_DUE:
        return notice(
          await registries(),
          'registration_deadline',
          `登记期限临近：${c.title}`,
          `技术合同${name}须在 ${c.deadline_on} 前办理认定登记（不超过 3 个工作日）。`,
          '/certification',
        );
      case CONTRACT_REGISTRATION_OVERDUE:
        return notice(
          await registries(),
          'registration_deadline',
          `登记已超期：${c.title}`,
          `技术合同${name}的认定登记期限 ${c.deadline_on} 已过，请尽快办理。`,
          '/certification',
        );
      case PRICE_PUBLICATION_STARTED:
        return notice(
          [...(await registries()), ...(c.buyer_org_id && c.buyer_org_id !== c.seller_org_id ? [c.buyer_org_id] : [])],
          'price_publication',
          `协议定价公示开始：${c.title}`,
          `${c.seller_name}已发布技术合同${name}的协议定价公示，公示期内任何人可提出异议。`,
          '/publications',
        );
      case PRICE_OBJECTION_FILED:
        return notice(
          [c.seller_org_id, ...(await registries())],
          'price_publication',
          `协议定价公示收到异议：${c.title}`,
          `技术合同${name}的协议定价公示收到一条异议，请查看并处理。`,
          '/contracts',
        );
      case PRICE_PUBLICATION_ENDED:
        return notice(
          [c.seller_org_id, ...(await registries())],
          'price_publication',
          `协议定价公示期满：${c.title}`,
          `技术合同${name}的协议定价公示期已满，可以申请认定登记。`,
          '/contracts',
        );
      default:
        return [];
    }
  }

  /** The reason's name (and the registry's comment), never its code. */
  private async reason(c: ContractRow): Promise<string> {
    const reasons = await this.codes.rejectionReasons();
    const name = reasons.find((r) => r.code === c.rejection_reason_code)?.name ?? '不符合登记条件';
    return c.rejection_comment ? `${name}（${c.rejection_comment}）` : name;
  }
}
