import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { DealFactsReader } from '../../brokerage/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { IdempotencyService } from '../../shared/http/index.js';
import { RoadshowRepository, type RoadshowCounts } from './roadshow.repository.js';
import { attendanceOpen, registrationRefusal, roadshowPhase } from './roadshow.rules.js';
import { registrationView, type ParticipantsView, type RoadshowView } from './roadshow-views.js';
import { RoadshowsService } from './roadshows.service.js';
import {
  RoadshowAlreadyRegisteredError,
  RoadshowAttendanceNotOpenError,
  RoadshowDealAlreadyRecordedError,
  RoadshowDealUnrelatedError,
  RoadshowFullError,
  RoadshowNotFoundError,
  RoadshowNotRegisteredError,
  RoadshowOrganiserCannotRegisterError,
  RoadshowRegistrationClosedError,
} from './roadshows.errors.js';

/**
 * Taking part in a roadshow: organisations register (before it starts, within its capacity,
 * counted under the roadshow's row lock), the organiser records who attended and the deals that
 * followed — a deal between one of the presenters and a registered organisation, recorded once.
 */
@Injectable()
export class RoadshowParticipationService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: RoadshowRepository,
    private readonly roadshows: RoadshowsService,
    private readonly deals: DealFactsReader,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async register(principal: Principal, id: string, key: string | undefined): Promise<RoadshowView> {
    return this.idempotency.once(
      { scope: `roadshow.register:${principal.userId}`, key, request: { id } },
      async (em) => {
        const row = await this.repo.lock(em, id);
        if (!row) throw new RoadshowNotFoundError(id);
        if (row.organiserOrgId === principal.orgId) throw new RoadshowOrganiserCannotRegisterError();
        const full = row.capacity !== null && row.registeredCount >= row.capacity;
        const refusal = registrationRefusal(roadshowPhase(row.status, row.startsAt, row.endsAt, new Date()), full);
        if (refusal === 'full') throw new RoadshowFullError();
        if (refusal) throw new RoadshowRegistrationClosedError(refusal);
        if (!(await this.repo.register(em, id, principal.orgId, principal.userId)))
          throw new RoadshowAlreadyRegisteredError();
        return this.roadshows.viewIn(em, id, principal);
      },
    );
  }

  async unregister(principal: Principal, id: string): Promise<RoadshowView> {
    return this.ds.transaction(async (em) => {
      const row = await this.repo.lock(em, id);
      if (!row) throw new RoadshowNotFoundError(id);
      const refusal = registrationRefusal(roadshowPhase(row.status, row.startsAt, row.endsAt, new Date()), false);
      if (refusal) throw new RoadshowRegistrationClosedError(refusal === 'full' ? 'not-open' : refusal);
      if (!(await this.repo.unregister(em, id, principal.orgId))) throw new RoadshowNotRegisteredError();
      return this.roadshows.viewIn(em, id, principal);
    });
  }

  async participants(id: string): Promise<ParticipantsView> {
    const [registrations, dealIds] = await Promise.all([
      this.repo.registrations(this.ds.manager, id),
      this.repo.dealIds(this.ds.manager, id),
    ]);
    return {
      registrations: registrations.map(registrationView),
      dealIds,
      attendedCount: registrations.filter((r) => r.attended).length,
    };
  }

  async recordAttendance(
    principal: Principal,
    id: string,
    orgIds: string[],
    attended: boolean,
  ): Promise<ParticipantsView> {
    await this.ds.transaction(async (em) => {
      const row = await this.repo.lock(em, id);
      if (!row) throw new RoadshowNotFoundError(id);
      if (!attendanceOpen(roadshowPhase(row.status, row.startsAt, row.endsAt, new Date())))
        throw new RoadshowAttendanceNotOpenError();
      const changed = await this.repo.recordAttendance(em, id, [...new Set(orgIds)], attended);
      if (changed.length !== new Set(orgIds).size) throw new RoadshowNotRegisteredError();
      await this.audit.record(em, {
        actor: principal,
        action: 'roadshow.attendance',
        targetType: 'roadshow',
        targetId: id,
        regionCode: row.regionCode,
        after: { attended, orgIds: changed },
      });
    });
    return this.participants(id);
  }

  /** A deal that followed the roadshow: one party presented at it, another registered for it. */
  async recordDeal(principal: Principal, id: string, dealId: string): Promise<ParticipantsView> {
    // The deal's parties through brokerage's reader, before the transaction (no second connection inside it).
    const facts = await this.deals.deal(dealId);
    const parties = (facts?.orgs?.party ?? []) as string[];
    await this.ds.transaction(async (em) => {
      const row = await this.repo.lock(em, id);
      if (!row) throw new RoadshowNotFoundError(id);
      if (!attendanceOpen(roadshowPhase(row.status, row.startsAt, row.endsAt, new Date())))
        throw new RoadshowAttendanceNotOpenError();
      const [items, registrations] = await Promise.all([this.repo.items(em, [id]), this.repo.registrations(em, id)]);
      const presenters = new Set(items.map((i) => i.presenterOrgId));
      const registered = new Set(registrations.map((r) => r.orgId));
      const related = parties.some((p) => presenters.has(p)) && parties.some((p) => registered.has(p));
      if (!related) throw new RoadshowDealUnrelatedError(dealId);
      if (!(await this.repo.recordDeal(em, id, dealId, principal.userId))) throw new RoadshowDealAlreadyRecordedError();
      await this.audit.record(em, {
        actor: principal,
        action: 'roadshow.deal',
        targetType: 'roadshow',
        targetId: id,
        regionCode: row.regionCode,
        after: { dealId },
      });
    });
    return this.participants(id);
  }

  /** For the quarterly report (statistics' MatchmakingSources port). */
  counts(regionCode: string | null, from: string, toExclusive: string): Promise<RoadshowCounts> {
    return this.repo.counts(this.ds.manager, regionCode, from, toExclusive);
  }
}
