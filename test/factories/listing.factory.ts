/**
 * Listings through the API (needs, achievements, 揭榜挂帅 challenges), valid by default:
 *
 *   const need = await createListing(t, ent, 'needs', { title: '…', description: '…' });   // a draft
 *   const a = await publishedListing(t, uni, 'achievements', { trl: 7 });                  // published
 *   const c = await publishedListing(t, ent, 'challenges', {}, { reviewer: bureau });     // through review
 *
 * The defaults carry no keywords, budget or price beyond what a kind requires, so that a test
 * about matching or search controls every word that is compared.
 */
import { DataSource } from 'typeorm';
import { JobRunner } from '../../libs/shared/jobs/index.js';
import { api, type Bearer } from '../http.js';
import type { TestApp } from '../test-app.js';
import type { TestOrg } from './identity.factory.js';

export type KindPath = 'needs' | 'achievements' | 'challenges';

export interface ListingView {
  id: string;
  version: number;
  status: string;
  [field: string]: unknown;
}

const DEFAULTS: Record<KindPath, Record<string, unknown>> = {
  needs: { title: '测试技术需求', description: '测试用的技术需求。', techFieldCode: '05' },
  achievements: {
    title: '测试科技成果',
    description: '测试用的科技成果。',
    techFieldCode: '05',
    achievementType: 'applied',
    trl: 6,
    transferModes: ['licence'],
  },
  challenges: {
    title: '测试揭榜挂帅榜单',
    description: '测试用的揭榜挂帅榜单。',
    techFieldCode: '05',
    rewardFen: 100_000_000,
  },
};

/** The kind's valid body with `overrides` (a key set to undefined is left out). */
export const listingBody = (kind: KindPath, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...DEFAULTS[kind],
  // An achievement needs a price or "negotiable".
  ...(kind === 'achievements' && overrides.priceFen === undefined ? { negotiable: true } : {}),
  ...overrides,
});

/** A draft of `who`'s organisation. */
export async function createListing(
  t: TestApp,
  who: Bearer,
  kind: KindPath,
  overrides: Record<string, unknown> = {},
): Promise<ListingView> {
  return (await api(t, who).post(`/api/listings/${kind}`).send(listingBody(kind, overrides)).expect(201)).body;
}

/** Submits a listing; answers with its state after submission (published, or waiting for review). */
export async function submitListing(t: TestApp, who: Bearer, kind: KindPath, l: ListingView): Promise<ListingView> {
  return (await api(t, who).post(`/api/listings/${kind}/${l.id}/submit`).send({ version: l.version }).expect(200)).body;
}

/**
 * Created, submitted and published: at once where the region's bureau does not review, else
 * approved by `reviewer`. Fails unless it ends published.
 */
export async function publishedListing(
  t: TestApp,
  who: Bearer,
  kind: KindPath,
  overrides: Record<string, unknown> = {},
  opts: { reviewer?: Bearer } = {},
): Promise<ListingView> {
  let l = await submitListing(t, who, kind, await createListing(t, who, kind, overrides));
  if (l.status === 'submitted' && opts.reviewer)
    l = (
      await api(t, opts.reviewer).post(`/api/listings/${kind}/${l.id}/approve`).send({ version: l.version }).expect(200)
    ).body;
  expect(l.status).toBe('published');
  return l;
}

/** Submissions in the bureau's region publish without review from now on. */
export async function reviewOff(t: TestApp, bureau: TestOrg): Promise<void> {
  await t.app.get(DataSource).query(`UPDATE organization SET review_listings = false WHERE id = $1`, [bureau.org.id]);
}

/**
 * Runs the job queue in this process and polls the public search of `kind` until `check` holds
 * for the ids it finds (within `timeoutMs`); answers them.
 */
export async function untilSearch(
  t: TestApp,
  kind: KindPath,
  query: Record<string, string>,
  check: (ids: string[]) => boolean,
  timeoutMs = 20_000,
): Promise<string[]> {
  const jobs = t.app.get(JobRunner);
  const until = Date.now() + timeoutMs;
  let ids: string[] = [];
  while (Date.now() < until) {
    await jobs.drainUntilIdle();
    const res = await api(t).get(`/api/search/${kind}`, query).expect(200);
    ids = res.body.items.map((i: { id: string }) => i.id);
    if (check(ids)) return ids;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`search of ${kind} ${JSON.stringify(query)} did not converge: ${JSON.stringify(ids)}`);
}

/** A need about CNC spindle thermal error (a complete body), with `o`. */
export const spindleNeed = (o: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: '数控机床主轴热误差补偿技术',
  description: '寻求数控机床主轴热变形在线补偿方案',
  techFieldCode: '03',
  keywords: ['数控机床', '热误差'],
  budgetMinFen: 20_000_000,
  budgetMaxFen: 80_000_000,
  cooperationModes: ['commissioned_development'],
  ...o,
});

/** An achievement about straw pellet fuel (a complete body), with `o`. */
export const strawAchievement = (o: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: '农作物秸秆生物质颗粒燃料成型技术',
  description: '秸秆粉碎、调质与环模成型一体化工艺',
  techFieldCode: '09',
  achievementType: 'applied',
  trl: 7,
  transferModes: ['licence', 'transfer'],
  priceFen: 150_000_000,
  ...o,
});
