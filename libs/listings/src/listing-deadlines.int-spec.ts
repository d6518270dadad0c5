import { DataSource } from 'typeorm';
import { JobRunner, JobsModule } from '../../shared/jobs/index.js';
import { chinaToday } from '../../reference/src/index.js';
import { SearchIndex, SearchModule } from '../../search/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { useTestModule } from '../../shared/testing/index.js';
import { ChallengeApplicationService } from './challenge-application.service.js';
import { ListingDeadlines } from './listing-deadlines.js';
import { ListingSearchService } from './listing-search.service.js';
import type { ListingKind } from './listing.types.js';
import { ListingsErrorCode } from './listings.errors.js';
import { ListingsModule } from './listings.module.js';
import { ListingsService } from './listings.service.js';
import { challengeInput, createOrgPrincipal, needInput, outcome } from './testing/listing.factory.js';

/** Needs and challenges past their deadline close through the lifecycle (real PostgreSQL + Meilisearch). */
describe('listing deadlines', () => {
  const lib = useTestModule([JobsModule, SearchModule, ListingsModule], {
    beforeClose: (mod) => mod.get(SearchIndex).dropAll(),
  });
  let ds: DataSource;
  let listings: ListingsService;
  let applications: ChallengeApplicationService;
  let deadlines: ListingDeadlines;
  let jobs: JobRunner;
  let search: ListingSearchService;
  let enterprise: Principal;
  let university: Principal;

  const today = chinaToday();
  const yesterday = chinaToday(new Date(Date.now() - 86_400_000));

  const published = async (kind: 'need' | 'challenge', deadline: string | null, description: string) => {
    const input = kind === 'need' ? needInput({ deadline, description }) : challengeInput({ deadline, description });
    const draft = await listings.create(kind, enterprise, input);
    return listings.submit(kind, draft.id, enterprise, draft.version);
  };
  const state = async (
    kind: ListingKind,
    id: string,
  ): Promise<{ status: string; version: number; closed_at: Date | null }> =>
    (
      await ds.query(`SELECT status, version, closed_at FROM ${kind === 'need' ? 'tech_need' : kind} WHERE id = $1`, [
        id,
      ])
    )[0];
  const searchIds = async (kind: ListingKind, q: string) =>
    (await search.find(kind, { q, page: 1, pageSize: 50 }, undefined)).items.map((i) => i.id);
  const code = outcome;

  beforeAll(async () => {
    ds = lib.get(DataSource);
    listings = lib.get(ListingsService);
    applications = lib.get(ChallengeApplicationService);
    deadlines = lib.get(ListingDeadlines);
    jobs = lib.get(JobRunner);
    search = lib.get(ListingSearchService);
    await createOrgPrincipal(ds, { type: 'bureau', regionCode: '210600', reviewListings: false }); // 丹东: publish without review
    enterprise = await createOrgPrincipal(ds, { type: 'enterprise', regionCode: '210602' });
    university = await createOrgPrincipal(ds, { type: 'university', regionCode: '210602' });
  });

  it('closes published needs and challenges whose China-date deadline has passed, once, with a listing.changed event and an audit row, even with two workers', async () => {
    const due = await Promise.all(
      Array.from({ length: 12 }, (_, i) => published('need', yesterday, `截止测试 甲申过期${i}`)),
    );
    const dueChallenge = await published('challenge', yesterday, '截止测试 乙酉过期榜单');
    const lastDay = await published('need', today, '截止测试 丙戌今日截止');
    const open = await published('need', null, '截止测试 丁亥长期有效');
    const draft = await listings.create('need', enterprise, needInput({ deadline: yesterday }));
    await jobs.drainUntilIdle();
    await ds.query(`DELETE FROM job`);

    // Two workers at once: every due listing is closed by exactly one of them.
    const [a, b] = await Promise.all([deadlines.closeExpired(), deadlines.closeExpired()]);
    expect(a + b).toBe(13);
    for (const [kind, l] of [...due.map((n) => ['need', n] as const), ['challenge', dueChallenge] as const]) {
      const s = await state(kind, l.id);
      expect(s).toMatchObject({ status: 'closed', version: l.version + 1 });
      expect(s.closed_at).toBeInstanceOf(Date);
      const events: { topic: string; key: string; version: number }[] = await ds.query(
        `SELECT topic, key, (payload->>'version')::int AS version FROM job WHERE queue = '@events' AND payload->>'id' = $1`,
        [l.id],
      );
      expect(events).toEqual([{ topic: 'listing.changed', key: `${kind}:${l.id}`, version: l.version + 1 }]);
      const audit = await ds.query(
        `SELECT actor_user_id, region_code, after FROM audit_log WHERE action = 'listing.expire' AND target_id = $1`,
        [l.id],
      );
      expect(audit).toEqual([
        {
          actor_user_id: null,
          region_code: '210602',
          after: { status: 'closed', deadline: yesterday, version: l.version + 1 },
        },
      ]);
    }
    // The deadline day itself is still open; no deadline, or not published, is never closed.
    expect(await state('need', lastDay.id)).toMatchObject({ status: 'published', version: lastDay.version });
    expect(await state('need', open.id)).toMatchObject({ status: 'published', version: open.version });
    expect(await state('need', draft.id)).toMatchObject({ status: 'draft', version: draft.version });

    // Idempotent: nothing is due any more.
    expect(await deadlines.closeExpired()).toBe(0);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM job`);
    expect(n).toBe(13);

    // The indexer takes the closed listings out of search; the open ones stay.
    await jobs.drainUntilIdle();
    const found = await searchIds('need', '截止测试');
    expect(found).toEqual(expect.arrayContaining([lastDay.id, open.id]));
    expect(found.filter((id) => due.some((d) => d.id === id))).toEqual([]);
    expect(await searchIds('challenge', '乙酉过期榜单')).toEqual([]);
  });

  it('skips a listing another transaction holds and closes it in a later round', async () => {
    const need = await published('need', yesterday, '截止测试 戊子被锁定');
    const owner = ds.createQueryRunner();
    await owner.connect();
    await owner.startTransaction();
    try {
      await owner.query(`SELECT id FROM tech_need WHERE id = $1 FOR UPDATE`, [need.id]);
      expect(await deadlines.closeExpired()).toBe(0);
    } finally {
      await owner.rollbackTransaction();
      await owner.release();
    }
    expect(await deadlines.closeExpired()).toBe(1);
    expect(await state('need', need.id)).toMatchObject({ status: 'closed', version: need.version + 1 });
  });

  it('a challenge closed by its deadline takes no more applications but can still be awarded', async () => {
    // Applied on its last day; then the day passes (the deadline is moved back a day).
    const ch = await published('challenge', today, '截止测试 己丑评审');
    const app = await applications.apply(ch.id, university, { teamName: '评审测试团队', proposal: '方案' });
    await ds.query(`UPDATE challenge SET deadline = $2 WHERE id = $1`, [ch.id, yesterday]);
    expect(await deadlines.closeExpired()).toBe(1);
    const closed = await state('challenge', ch.id);
    const late = await createOrgPrincipal(ds, { type: 'research_institute', regionCode: '210602' });
    expect(await code(applications.apply(ch.id, late, { teamName: '迟到团队', proposal: '方案' }))).toBe(
      ListingsErrorCode.CHALLENGE_NOT_OPEN,
    );

    const awarded = await applications.award(ch.id, app.id, enterprise, closed.version);
    expect(awarded.status).toBe('awarded');
    const after = await state('challenge', ch.id);
    expect(after).toMatchObject({ status: 'closed', version: closed.version + 1, closed_at: closed.closed_at });
    // Closed by its owner before the deadline: not awardable (unchanged).
    const early = await published('challenge', today, '截止测试 庚寅提前关闭');
    const app2 = await applications.apply(early.id, university, { teamName: '评审测试团队', proposal: '方案' });
    const shut = await listings.close('challenge', early.id, enterprise, early.version);
    expect(await code(applications.award(early.id, app2.id, enterprise, shut.version))).toBe(
      ListingsErrorCode.CHALLENGE_NOT_OPEN,
    );
  });
});
