import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgDirectoryService } from '../../../identity/src/index.js';
import { ListingReader, type ListingDocument } from '../../../listings/src/index.js';
import { NotificationService } from '../../../notifications/src/index.js';
import { chinaToday } from '../../../reference/src/index.js';
import { matchDegreeText } from '../../../shared/match-degree/index.js';
import { MatchingService } from '../service/matching.service.js';
import { MatchAlertRepository } from './match-alert.repository.js';

export interface AlertOutcome {
  /** Pairs above the threshold (need/achievement, and challenge/achievement for an achievement). */
  matched: number;
  /** Pairs alerted now (the others were alerted before, or their owner may not see the listing). */
  alerted: number;
}

interface Owner {
  id: string;
  org_id: string;
  verified: boolean;
}

type AlertKind = 'need' | 'achievement' | 'challenge';

const KIND_LABEL: Record<AlertKind, string> = { need: '技术需求', achievement: '科技成果', challenge: '揭榜挂帅项目' };

/**
 * Match alerts: when a need or an achievement is published, the owners of the existing open
 * listings of the other kind that match it above MATCH_ALERT get an in-app notification and a
 * mail — once per (need, achievement) pair, whoever was published first, however often the
 * listing is republished or the event redelivered (`match_alert` primary key, INSERT …
 * ON CONFLICT DO NOTHING in the same transaction as the notification). A new achievement also
 * alerts the owners of open 揭榜挂帅 challenges it matches, once per (challenge, achievement)
 * pair (`challenge_match_alert`); a new challenge alerts nobody.
 *
 * Of two matching listings published together, the alert handled second finds the other
 * listing in the index: each alert runs on `listing.indexed`, once its own listing is in the
 * index, and the other listing was indexed no later than its own alert ran.
 */
@Injectable()
export class MatchAlertService {
  private readonly logger = new Logger(MatchAlertService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly matching: MatchingService,
    private readonly notifications: NotificationService,
    private readonly listings: ListingReader,
    private readonly orgs: OrgDirectoryService,
    private readonly alerts: MatchAlertRepository,
  ) {}

  async alertFor(kind: 'need' | 'achievement', id: string): Promise<AlertOutcome> {
    // The search (a network call) runs before the transaction, never inside it.
    const found = await this.matching.alertMatches(kind, id);
    if (!found || found.matches.length === 0) return { matched: 0, alerted: 0 };
    const { source, matches } = found;
    let alerted = 0;
    await this.ds.transaction(async (em) => {
      const stillOwner = await this.listings.publishedOwner(kind, id, em);
      if (!stillOwner) return;
      // Re-checked inside the transaction: withdrawn or expired since the search, or its owner
      // (anonymous needs' documents carry no organisation) — from the database, not the index.
      const ownerOf = await this.openOwners(
        em,
        matches.map((m) => m.doc),
      );
      for (const { doc, similarity } of matches) {
        const owner = ownerOf.get(doc.id);
        if (!owner || owner.org_id === stillOwner) continue;
        // A need for verified organisations only is not shown to an unverified achievement owner.
        if (source.audience === 'verified' && !owner.verified) continue;
        const sent =
          doc.kind === 'challenge'
            ? await this.challengeAlert(em, source, doc, similarity, owner)
            : await this.pairAlert(em, kind, source, doc, similarity, owner);
        if (sent) alerted += 1;
      }
    });
    if (alerted) this.logger.log({ kind, id, matched: matches.length, alerted }, 'match alerts sent');
    return { matched: matches.length, alerted };
  }

  /** The owners of the listings among `docs` that are published and open now, by listing id. */
  private async openOwners(em: EntityManager, docs: ListingDocument[]): Promise<Map<string, Owner>> {
    const today = chinaToday(); // deadlines are China dates
    const owners = new Map<string, Owner>();
    for (const kind of [...new Set(docs.map((d) => d.kind as AlertKind))]) {
      const ids = docs.filter((d) => d.kind === kind).map((d) => d.id);
      const orgOf = await this.listings.openOwners(kind, ids, today, em);
      const orgs = await this.orgs.summaries([...orgOf.values()], em);
      for (const [id, orgId] of orgOf)
        owners.set(id, { id, org_id: orgId, verified: orgs.get(orgId)?.verified ?? false });
    }
    return owners;
  }

  private async pairAlert(
    em: EntityManager,
    kind: 'need' | 'achievement',
    source: ListingDocument,
    doc: ListingDocument,
    similarity: number,
    owner: Owner,
  ): Promise<boolean> {
    const [needId, achievementId] = kind === 'need' ? [source.id, doc.id] : [doc.id, source.id];
    const [needDoc, achDoc] = kind === 'need' ? [source, doc] : [doc, source];
    const isNew = await this.alerts.recordPair(em, {
      needId,
      achievementId,
      triggeredBy: kind,
      similarity,
      needRegion: needDoc.regionCode,
      achievementRegion: achDoc.regionCode,
      notifiedOrgId: owner.org_id,
    });
    if (!isNew) return false;
    await this.notifyOwner(em, owner, kind, source, doc, similarity, { needId, achievementId });
    return true;
  }

  /** A new achievement (source) close to an open challenge (doc): its owner may invite the team to 揭榜. */
  private async challengeAlert(
    em: EntityManager,
    source: ListingDocument,
    doc: ListingDocument,
    similarity: number,
    owner: Owner,
  ): Promise<boolean> {
    const isNew = await this.alerts.recordChallengePair(em, {
      challengeId: doc.id,
      achievementId: source.id,
      similarity,
      challengeRegion: doc.regionCode,
      achievementRegion: source.regionCode,
      notifiedOrgId: owner.org_id,
    });
    if (!isNew) return false;
    await this.notifyOwner(em, owner, 'achievement', source, doc, similarity, {
      challengeId: doc.id,
      achievementId: source.id,
    });
    return true;
  }

  /** Tells the owner of `doc` (notification and mail) that the new listing `source` matches it. */
  private notifyOwner(
    em: EntityManager,
    owner: Owner,
    kind: 'need' | 'achievement',
    source: ListingDocument,
    doc: ListingDocument,
    similarity: number,
    ids: Record<string, string>,
  ): Promise<string | null> {
    return this.notifications.notify(em, {
      recipientOrgId: owner.org_id,
      kind: 'match_alert',
      title: `新的匹配：${source.title}`,
      body: alertBody(kind, source, doc, similarity),
      link: `/listings/${kind}/${source.id}`,
      payload: { ...ids, similarity, matchedListing: { kind: doc.kind, id: doc.id } },
      mail: true,
    });
  }
}

/**
 * Chinese body of the alert, with the match degree in the words the match list uses. It names the new listing's organisation only when the listing is
 * not anonymous (the document of an anonymous need carries no organisation at all).
 */
function alertBody(
  kind: 'need' | 'achievement',
  source: ListingDocument,
  mine: ListingDocument,
  similarity: number,
): string {
  const who =
    source.anonymous || !source.orgName ? (kind === 'need' ? '一家企业（匿名发布）' : '一家单位') : source.orgName;
  const yours = mine.kind === 'challenge' ? `您发布的${KIND_LABEL.challenge}` : `您的${KIND_LABEL[mine.kind]}`;
  const invite = mine.kind === 'challenge' ? '欢迎查看并邀请其揭榜。' : '欢迎查看并联系对接。';
  return `${who}新发布的${KIND_LABEL[kind]}「${source.title}」与${yours}「${mine.title}」${matchDegreeText(similarity)}，${invite}`;
}
