import { DataSource } from 'typeorm';
import { JobRunner, JobsModule } from '../../shared/jobs/index.js';
import { SearchIndex, SearchModule } from '../../search/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { useTestModule } from '../../shared/testing/index.js';
import { ListingReader } from './listing-reader.js';
import { ListingSearchService, type ListingSearchQuery } from './listing-search.service.js';
import type { ListingKind } from './listing.types.js';
import { ListingsErrorCode } from './listings.errors.js';
import { ListingsModule } from './listings.module.js';
import { ListingsService } from './listings.service.js';
import { achievementInput, createOrgPrincipal, needInput, outcome } from './testing/listing.factory.js';

describe('listings indexed through listing.changed (real PostgreSQL + Meilisearch)', () => {
  const lib = useTestModule([JobsModule, SearchModule, ListingsModule], {
    beforeClose: (mod) => mod.get(SearchIndex).dropAll(),
  });
  let ds: DataSource;
  let listings: ListingsService;
  let search: ListingSearchService;
  let jobs: JobRunner;
  let reader: ListingReader;
  let index: SearchIndex;
  let bureauLixin: Principal; // 利辛县 (review on)
  let bureauDandong: Principal; // 丹东市 (review off)
  let enterpriseLixin: Principal;
  let enterpriseDandong: Principal;
  let universityDandong: Principal;

  const q = (o: Partial<ListingSearchQuery> = {}): ListingSearchQuery => ({ page: 1, pageSize: 50, ...o });

  /** Runs the job queue and polls the index until `check` holds (no fixed sleeps). */
  async function eventually(
    kind: ListingKind,
    query: ListingSearchQuery,
    check: (ids: string[]) => boolean,
    p?: Principal,
  ): Promise<string[]> {
    const until = Date.now() + 15_000;
    let ids: string[] = [];
    while (Date.now() < until) {
      await jobs.drainUntilIdle();
      ids = (await search.find(kind, query, p)).items.map((i) => i.id);
      if (check(ids)) return ids;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`index did not converge; last ids ${JSON.stringify(ids)}`);
  }

  const code = outcome;

  beforeAll(async () => {
    ds = lib.get(DataSource);
    listings = lib.get(ListingsService);
    search = lib.get(ListingSearchService);
    jobs = lib.get(JobRunner);
    reader = lib.get(ListingReader);
    index = lib.get(SearchIndex);
    bureauLixin = await createOrgPrincipal(ds, { type: 'bureau', regionCode: '341623', reviewListings: true });
    bureauDandong = await createOrgPrincipal(ds, { type: 'bureau', regionCode: '210600', reviewListings: false });
    enterpriseLixin = await createOrgPrincipal(ds, {
      type: 'enterprise',
      regionCode: '341623',
      name: '利辛县某新能源有限公司',
    });
    enterpriseDandong = await createOrgPrincipal(ds, {
      type: 'enterprise',
      regionCode: '210602',
      name: '丹东某仪器有限公司',
    });
    universityDandong = await createOrgPrincipal(ds, { type: 'university', regionCode: '210602' });
  });

  it('publish → findable by a word of its description; edit → new text found, old not; withdraw → gone', async () => {
    const draft = await listings.create(
      'need',
      enterpriseDandong,
      needInput({ description: '寻求钛合金焊缝无损检测方案 甲子钛焊' }),
    );
    expect(draft.status).toBe('draft');
    const pub = await listings.submit('need', draft.id, enterpriseDandong, draft.version);
    expect(pub.status).toBe('published'); // 丹东 has review switched off
    await eventually('need', q({ q: '甲子钛焊' }), (ids) => ids.includes(draft.id));

    const edited = await listings.update('need', draft.id, enterpriseDandong, pub.version, {
      description: '寻求钛合金焊缝无损检测方案 乙丑铝焊',
    });
    expect(edited.status).toBe('published');
    await eventually('need', q({ q: '乙丑铝焊' }), (ids) => ids.includes(draft.id));
    await eventually('need', q({ q: '甲子钛焊' }), (ids) => !ids.includes(draft.id));

    await listings.withdraw('need', draft.id, enterpriseDandong, edited.version);
    await eventually('need', q({ q: '乙丑铝焊' }), (ids) => ids.length === 0);
  });

  it('keeps drafts and submitted listings out of the index, and reviews by the bureau of the region only', async () => {
    const a = await listings.create('need', enterpriseLixin, needInput({ description: '秸秆打捆机改进 丙寅秸秆' }));
    const s = await listings.submit('need', a.id, enterpriseLixin, a.version);
    expect(s.status).toBe('submitted');
    expect(await code(listings.review('need', a.id, bureauDandong, s.version, { approve: true }))).toBe(
      ListingsErrorCode.LISTING_REVIEW_OUT_OF_REGION,
    );
    expect(await code(listings.review('need', a.id, enterpriseDandong, s.version, { approve: true }))).toBe(
      ListingsErrorCode.LISTING_REVIEW_OUT_OF_REGION,
    );
    await jobs.drainUntilIdle();
    expect((await search.find('need', q({ q: '丙寅秸秆' }), undefined)).items).toHaveLength(0);
    const queue = await listings.reviewQueue('need', bureauLixin, { page: 1, pageSize: 20 });
    expect(queue.items.map((i) => i.id)).toContain(a.id);
    expect(
      (await listings.reviewQueue('need', bureauDandong, { page: 1, pageSize: 20 })).items.map((i) => i.id),
    ).not.toContain(a.id);

    const rejected = await listings.review('need', a.id, bureauLixin, s.version, {
      approve: false,
      reason: '描述不完整',
    });
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '描述不完整' });
    const again = await listings.submit('need', a.id, enterpriseLixin, rejected.version);
    const approved = await listings.review('need', a.id, bureauLixin, again.version, { approve: true });
    expect(approved.status).toBe('published');
    await eventually('need', q({ q: '丙寅秸秆' }), (ids) => ids.includes(a.id));
  });

  it('answers a stale version with LISTING_VERSION_CONFLICT and changes nothing', async () => {
    const a = await listings.create('achievement', universityDandong, achievementInput());
    const first = await listings.update('achievement', a.id, universityDandong, a.version, {
      title: '第一次修改后的标题',
    });
    expect(
      await code(listings.update('achievement', a.id, universityDandong, a.version, { title: '过期版本的修改' })),
    ).toBe(ListingsErrorCode.LISTING_VERSION_CONFLICT);
    expect((await listings.get('achievement', a.id, universityDandong)).title).toBe('第一次修改后的标题');
    expect(first.version).toBe(a.version + 1);
  });

  it('refuses other organisations, wrong org types and invalid values', async () => {
    const a = await listings.create('need', enterpriseDandong, needInput());
    expect(await code(listings.update('need', a.id, enterpriseLixin, a.version, { title: '别人的修改' }))).toBe(
      ListingsErrorCode.LISTING_NOT_OWNER,
    );
    expect(await code(listings.get('need', a.id, enterpriseLixin))).toBe(ListingsErrorCode.LISTING_NOT_FOUND);
    expect(await code(listings.create('achievement', enterpriseDandong, achievementInput()))).toBe(
      ListingsErrorCode.LISTING_ORG_TYPE_NOT_ALLOWED,
    );
    expect(await code(listings.create('achievement', universityDandong, achievementInput({ trl: 12 })))).toBe(
      ListingsErrorCode.LISTING_INVALID_FIELD,
    );
    expect(await code(listings.create('need', enterpriseDandong, needInput({ techFieldCode: '99' })))).toBe(
      ListingsErrorCode.LISTING_INVALID_FIELD,
    );
    const unverified = await createOrgPrincipal(ds, { type: 'enterprise', regionCode: '210602', verified: false });
    const d = await listings.create('need', unverified, needInput());
    expect(await code(listings.submit('need', d.id, unverified, d.version))).toBe(
      ListingsErrorCode.LISTING_ORG_NOT_VERIFIED,
    );
  });

  it('keeps an anonymous need anonymous in the index and to other organisations, but not to its owner or bureau', async () => {
    const lixinAnon = await listings.create(
      'need',
      enterpriseLixin,
      needInput({ anonymous: true, description: '匿名需求 丁卯匿名' }),
    );
    const sub = await listings.submit('need', lixinAnon.id, enterpriseLixin, lixinAnon.version);
    await listings.review('need', lixinAnon.id, bureauLixin, sub.version, { approve: true });
    await eventually('need', q({ q: '丁卯匿名' }), (ids) => ids.includes(lixinAnon.id));
    const hit = (await search.find('need', q({ q: '丁卯匿名' }), enterpriseDandong)).items[0]!;
    expect(hit.orgName).toBeUndefined();
    expect(hit.orgId).toBeUndefined();
    expect(JSON.stringify(hit)).not.toContain('利辛县某新能源有限公司');
    const raw = await index.search('needs', { q: '丁卯匿名' });
    expect(JSON.stringify(raw.hits)).not.toContain(enterpriseLixin.orgId);
    expect((await reader.getVisible('need', lixinAnon.id, enterpriseDandong)).orgName).toBeNull();
    expect((await reader.getVisible('need', lixinAnon.id, undefined)).orgId).toBeNull();
    expect((await reader.getVisible('need', lixinAnon.id, enterpriseLixin)).orgName).toBe('利辛县某新能源有限公司');
    expect((await reader.getVisible('need', lixinAnon.id, bureauLixin)).orgName).toBe('利辛县某新能源有限公司');
  });

  it('hides verified-only needs from anonymous callers', async () => {
    const a = await listings.create(
      'need',
      enterpriseDandong,
      needInput({ visibility: 'verified', description: '仅认证可见 戊辰认证' }),
    );
    await listings.submit('need', a.id, enterpriseDandong, a.version);
    await eventually('need', q({ q: '戊辰认证' }), (ids) => ids.includes(a.id), enterpriseLixin);
    expect((await search.find('need', q({ q: '戊辰认证' }), undefined)).items).toHaveLength(0);
    expect(await code(reader.getVisible('need', a.id, undefined))).toBe(ListingsErrorCode.LISTING_NOT_FOUND);
  });

  it('finds by synonym: 锂离子电池 finds a listing that says 锂电池', async () => {
    const a = await listings.create(
      'achievement',
      universityDandong,
      achievementInput({ title: '废旧锂电池回收再生技术', description: '锂电池正极材料回收 己巳回收', keywords: [] }),
    );
    await listings.submit('achievement', a.id, universityDandong, a.version);
    await eventually('achievement', q({ q: '锂离子电池 己巳回收' }), (ids) => ids.includes(a.id));
  });

  it('filters by region subtree, TRL and price, and counts facets exactly', async () => {
    const tag = '庚午筛选';
    const made: string[] = [];
    for (const [trl, price] of [
      [3, 1_000_000],
      [5, 5_000_000],
      [7, 9_000_000],
      [8, 20_000_000],
    ] as const) {
      const a = await listings.create(
        'achievement',
        universityDandong,
        achievementInput({ trl, priceFen: price, description: `筛选测试 ${tag}` }),
      );
      await listings.submit('achievement', a.id, universityDandong, a.version);
      made.push(a.id);
    }
    const draft = await listings.create(
      'achievement',
      universityDandong,
      achievementInput({ trl: 5, description: `草稿不可见 ${tag}` }),
    );
    await eventually('achievement', q({ q: tag }), (ids) => made.every((id) => ids.includes(id)));
    const all = await search.find('achievement', q({ q: tag }), undefined);
    expect(all.items.map((i) => i.id)).not.toContain(draft.id);
    expect(all.facets.trl).toEqual({ '3': 1, '5': 1, '7': 1, '8': 1 });
    expect(all.facets.techFieldCode).toEqual({ '05': 4 });
    expect(Object.values(all.facets.trl!).reduce((a, b) => a + b, 0)).toBe(all.total);
    const mid = await search.find('achievement', q({ q: tag, trlMin: 5, trlMax: 7, region: '210000' }), undefined);
    expect(mid.items.map((i) => i.trl).sort()).toEqual([5, 7]);
    expect(mid.facets.trl).toEqual({ '5': 1, '7': 1 });
    expect((await search.find('achievement', q({ q: tag, region: '340000' }), undefined)).items).toHaveLength(0);
    const cheap = await search.find(
      'achievement',
      q({ q: tag, priceMaxFen: 5_000_000, sort: 'price_desc' }),
      undefined,
    );
    expect(cheap.items.map((i) => i.priceFen)).toEqual([5_000_000, 1_000_000]);
  });

  it('iterates the published set for other libs (matching)', async () => {
    const docs: string[] = [];
    for await (const batch of reader.iteratePublished('achievement', 2)) docs.push(...batch.map((d) => d.id));
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM achievement WHERE status = 'published'`);
    expect(docs).toHaveLength(n);
    expect(new Set(docs).size).toBe(n);
  });
});
