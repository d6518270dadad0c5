import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { chinaToday } from '../../reference/src/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import { VOUCHER_EXPIRED, voucherEventKey } from './voucher.events.js';
import { VoucherProgrammeRepository } from './voucher-programme.repository.js';
import { VoucherRepository } from './voucher.repository.js';

const BATCH = 100;

/**
 * Expires approved vouchers whose reservation ended before today (China date) and returns their
 * amount to the budget. The worker runs it on a schedule (worker.voucher-expiry in
 * apps/worker/src/schedules.ts). Each voucher is expired in its own transaction under its
 * programme's lock, then the voucher's, the order every writer takes them in; a voucher whose
 * redemption was requested meanwhile is no longer 'approved' under the lock and is left alone.
 */
@Injectable()
export class VoucherExpiry {
  constructor(
    private readonly ds: DataSource,
    private readonly programmes: VoucherProgrammeRepository,
    private readonly vouchers: VoucherRepository,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /** Answers how many expired and the fen released (a log line's figure). */
  async expireDue(today = chinaToday()): Promise<{ expired: number; releasedFen: number }> {
    let expired = 0;
    let released = 0n;
    for (;;) {
      const due = await this.vouchers.due(this.ds.manager, today, BATCH);
      let changed = 0;
      for (const d of due) {
        const amount = await this.ds.transaction(async (em) => {
          const programme = (await this.programmes.lock(em, d.programme_id))!;
          const v = await this.vouchers.lock(em, d.id);
          if (!v || v.status !== 'approved' || v.expires_on === null || v.expires_on >= today) return null;
          const fen = BigInt(v.approved_fen!);
          await this.vouchers.expire(em, v.id);
          await this.programmes.moveTotals(em, programme.id, -fen, 0n);
          await this.programmes.appendLedger(em, {
            programmeId: programme.id,
            voucherId: v.id,
            kind: 'released',
            amountFen: fen,
            reason: `预留额度于 ${v.expires_on} 到期未使用，释放`,
            userId: null,
          });
          await this.audit.record(em, {
            actor: null,
            action: 'voucher.expire',
            targetType: 'voucher',
            targetId: v.id,
            regionCode: programme.region_code,
            after: { releasedFen: String(fen) },
          });
          await this.events.publish(em, VOUCHER_EXPIRED, { key: voucherEventKey(v.id), payload: { voucherId: v.id } });
          return fen;
        });
        if (amount !== null) {
          changed++;
          released += amount;
        }
      }
      expired += changed;
      if (due.length < BATCH || changed === 0) break;
    }
    return { expired, releasedFen: Number(released) };
  }
}
