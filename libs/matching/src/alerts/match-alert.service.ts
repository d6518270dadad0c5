import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ListingDocument } from '../../../listings/src/index.js';
import { NotificationService } from '../../../notifications/src/index.js';
import { MatchingService } from '../service/matching.service.js';

export interface AlertOutcome {
  /** Pairs above the threshold. */
  matched: number;
  /** Pairs alerted now (the others were alerted before, or their owner may not see the listing). */
  alerted: number;
}

interface Owner {
  id: string;
  org_id: string;
  verified: boolean;
}

const KIND_LABEL = { need: '技术需求', achievement: '科技成果' } as const;

/**
 * Match alerts: when a need or an achievement is published, the owners of the existing open
 * listings of the other kind that match it above MATCH_ALERT get an in-app notification and a
 * mail — once per (need, achievement) pair, whoever was published first, however often the
 * listing is republished or the outbox row redelivered (`match_alert` primary key, INSERT …
 * ON CONFLICT DO NOTHING in the same transaction as the notification).
 */
@Injectable()
export class MatchAlertService {
  private readonly logger = new Logger(MatchAlertService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly matching: MatchingService,
    private readonly notifications: NotificationService,
  ) {}

  async alertFor(kind: 'need' | 'achievement', id: string): Promise<AlertOutcome> {
    // The search (a network call) runs before the transaction, never inside it.
    const found = await this.matching.alertMatches(kind, id);
    if (!found || found.matches.length === 0) return { matched: 0, alerted: 0 };
    const { source, matches } = found;
    const other = kind === 'need' ? 'achievement' : 'need';
    let alerted = 0;
    await this.ds.transaction(async (em) => {
      // Re-checked inside the transaction: withdrawn since the search, or its owner (anonymous
      // needs' documents carry no organisation) — both from the database, not the index.
      const today = new Date().toISOString().slice(0, 10);
      const owners: Owner[] = await em.query(
        `SELECT l.id, l.org_id, o.verification_status = 'verified' AS verified
           FROM ${other === 'need' ? 'tech_need' : 'achievement'} l JOIN organization o ON o.id = l.org_id
          WHERE l.id = ANY($1::uuid[]) AND l.status = 'published'${other === 'need' ? ` AND (l.deadline IS NULL OR l.deadline >= $2::date)` : ''}`,
        other === 'need' ? [matches.map((m) => m.doc.id), today] : [matches.map((m) => m.doc.id)],
      );
      const [still]: { org_id: string }[] = await em.query(`SELECT org_id FROM ${kind === 'need' ? 'tech_need' : 'achievement'} WHERE id = $1 AND status = 'published'`, [id]);
      if (!still) return;
      const ownerOf = new Map(owners.map((o) => [o.id, o]));
      for (const { doc, similarity } of matches) {
        const owner = ownerOf.get(doc.id);
        if (!owner || owner.org_id === still.org_id) continue;
        // A need for verified organisations only is not shown to an unverified achievement owner.
        if (source.audience === 'verified' && !owner.verified) continue;
        const [needId, achievementId] = kind === 'need' ? [source.id, doc.id] : [doc.id, source.id];
        const [needDoc, achDoc] = kind === 'need' ? [source, doc] : [doc, source];
        const inserted: unknown[] = await em.query(
          `INSERT INTO match_alert (need_id, achievement_id, triggered_by, similarity, need_region_code, achievement_region_code, notified_org_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING need_id`,
          [needId, achievementId, kind, similarity, needDoc.regionCode, achDoc.regionCode, owner.org_id],
        );
        if (inserted.length === 0) continue;
        await this.notifications.notify(em, {
          recipientOrgId: owner.org_id,
          kind: 'match_alert',
          title: `新的匹配：${source.title}`.slice(0, 200),
          body: alertBody(kind, source, doc),
          link: `/listings/${kind}/${source.id}`,
          payload: { needId, achievementId, similarity, matchedListing: { kind: other, id: doc.id } },
          mail: true,
        });
        alerted += 1;
      }
    });
    if (alerted) this.logger.log({ kind, id, matched: matches.length, alerted }, 'match alerts sent');
    return { matched: matches.length, alerted };
  }
}

/**
 * Chinese body of the alert. It names the new listing's organisation only when the listing is
 * not anonymous (the document of an anonymous need carries no organisation at all).
 */
function alertBody(kind: 'need' | 'achievement', source: ListingDocument, mine: ListingDocument): string {
  const who = source.anonymous || !source.orgName ? (kind === 'need' ? '一家企业（匿名发布）' : '一家单位') : source.orgName;
  return `${who}新发布的${KIND_LABEL[kind]}「${source.title}」与您的${KIND_LABEL[kind === 'need' ? 'achievement' : 'need']}「${mine.title}」高度相关，欢迎查看并联系对接。`.slice(0, 4000);
}
