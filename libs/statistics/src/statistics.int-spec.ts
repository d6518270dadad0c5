import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DataSource, type EntityManager } from 'typeorm';
import { useTestModule } from '../../shared/testing/index.js';
import type { LedgerEntry, Perspective } from './ledger-entry.js';
import { entry, FIELDS, LEAVES, ledgerArb, PERIODS, principal, SCOPES } from './testing/ledger-arbitraries.js';
import { StatsQueryRepository, type GroupBy, type StatsFilter, type Totals } from './stats-query.repository.js';
import { StatisticsLedger } from './statistics-ledger.service.js';
import { StatisticsModule } from './statistics.module.js';
import { StatisticsService } from './statistics.service.js';

describe('statistics ledger and rollups (real PostgreSQL)', () => {
  const lib = useTestModule([StatisticsModule]);
  let ds: DataSource;
  let ledger: StatisticsLedger;
  let repo: StatsQueryRepository;
  let stats: StatisticsService;
  /** descendant → its ancestors (itself included), from reference's region_subtree. */
  const ancestors = new Map<string, Set<string>>();
  const childOf = new Map<string, string | null>();

  beforeAll(async () => {
    ds = lib.get(DataSource);
    ledger = lib.get(StatisticsLedger);
    repo = lib.get(StatsQueryRepository);
    stats = lib.get(StatisticsService);
    const rows: { a: string; d: string }[] = await ds.query(
      `SELECT root_code AS a, region_code AS d FROM region_subtree WHERE region_code = ANY($1)`,
      [LEAVES],
    );
    for (const r of rows) ancestors.set(r.d, (ancestors.get(r.d) ?? new Set()).add(r.a));
    for (const r of (await ds.query(`SELECT code, parent_code FROM region`)) as {
      code: string;
      parent_code: string | null;
    }[])
      childOf.set(r.code, r.parent_code);
  });

  /** Runs `work` in a transaction that is always rolled back, so every case starts empty. */
  async function rolledBack(work: (em: EntityManager) => Promise<void>): Promise<void> {
    const qr = ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      await work(qr.manager);
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  }

  const leafOf = (e: LedgerEntry, p: Perspective) =>
    p === 'absorption' ? e.buyerRegionCode : p === 'output' ? e.sellerRegionCode : e.registryRegionCode;

  function naive(
    entries: LedgerEntry[],
    p: Perspective,
    region: string | null,
    from: string,
    to: string,
    filter: StatsFilter = {},
    keep: (e: LedgerEntry) => boolean = () => true,
  ): Totals {
    let count = 0;
    let c = 0n;
    let t = 0n;
    for (const e of entries) {
      const month = `${e.effectiveDate.slice(0, 7)}-01`;
      if (month < from || month > to) continue;
      if (region !== null && !ancestors.get(leafOf(e, p))!.has(region)) continue;
      if (filter.contractTypeCode && e.contractTypeCode !== filter.contractTypeCode) continue;
      if (filter.techFieldCode && e.techFieldCode !== filter.techFieldCode) continue;
      if (!keep(e)) continue;
      count += e.countDelta;
      c += BigInt(e.contractAmountFen);
      t += BigInt(e.techAmountFen);
    }
    return { count, contractAmountFen: `${c}`, techAmountFen: `${t}` };
  }

  it('every figure equals a naive recomputation from the ledger, and parts add up to the whole (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        ledgerArb,
        fc.constantFrom<Perspective>('absorption', 'output', 'registered'),
        fc.constantFrom(...SCOPES),
        fc.constantFrom(...PERIODS),
        fc.constantFrom<GroupBy>('child-region', 'type', 'field', 'month'),
        fc.option(fc.record({ techFieldCode: fc.constantFrom(...FIELDS) }), { nil: undefined }),
        fc.integer({ min: 1, max: 5 }),
        async (byContract, perspective, region, [from, to], groupBy, filter, chunks) => {
          const entries = byContract.flat();
          await rolledBack(async (em) => {
            // Several appends (whole contracts each, so a reclassifying pair stays together), so
            // rollup rows are created and then incremented.
            const size = Math.ceil(byContract.length / chunks);
            for (let i = 0; i < byContract.length; i += size)
              await ledger.append(em, byContract.slice(i, i + size).flat());
            const scope = { perspective, regionCode: region, fromMonth: from, toMonth: to, filter };
            const expected = naive(entries, perspective, region, from, to, filter);
            expect(await repo.total(em, scope)).toEqual(expected);
            const groups = await repo.groups(em, scope, groupBy);
            const sum = groups.reduce(
              (a, g) => ({
                count: a.count + g.count,
                contractAmountFen: `${BigInt(a.contractAmountFen) + BigInt(g.contractAmountFen)}`,
                techAmountFen: `${BigInt(a.techAmountFen) + BigInt(g.techAmountFen)}`,
              }),
              { count: 0, contractAmountFen: '0', techAmountFen: '0' } as Totals,
            );
            expect(sum).toEqual(expected);
            for (const g of groups) {
              const keep =
                groupBy === 'type'
                  ? (e: LedgerEntry) => e.contractTypeCode === g.key
                  : groupBy === 'field'
                    ? (e: LedgerEntry) => e.techFieldCode === g.key
                    : groupBy === 'month'
                      ? (e: LedgerEntry) => e.effectiveDate.startsWith(g.key)
                      : g.key === region
                        ? (e: LedgerEntry) => leafOf(e, perspective) === region
                        : (e: LedgerEntry) => ancestors.get(leafOf(e, perspective))!.has(g.key);
              const { count, contractAmountFen, techAmountFen } = g;
              expect({ key: g.key, count, contractAmountFen, techAmountFen }).toEqual({
                key: g.key,
                ...naive(entries, perspective, region, from, to, filter, keep),
              });
              if (groupBy === 'child-region' && g.key !== region) expect(childOf.get(g.key)).toBe(region);
            }
            // Counties add up to their city, cities to their province (through the export tree).
            const tree = await repo.regionTree(em, { ...scope, regionCode: '340000' });
            const byCode = new Map(tree.map((r) => [r.code, r]));
            for (const r of tree) {
              const kids = tree.filter((k) => k.parentCode === r.code);
              if (kids.length === 0) continue;
              const own = naive(entries, perspective, null, from, to, filter, (e) => leafOf(e, perspective) === r.code);
              expect(kids.reduce((a, k) => a + k.count, own.count)).toBe(r.count);
              expect(kids.reduce((a, k) => a + BigInt(k.contractAmountFen), BigInt(own.contractAmountFen))).toBe(
                BigInt(r.contractAmountFen),
              );
            }
            expect(byCode.get('340000')!.count).toBe(naive(entries, perspective, '340000', from, to, filter).count);
            // Flows: every cell sums to the contracts touching the region.
            const flows = await repo.flows(em, region, from, to);
            const touching = naive(
              entries,
              'output',
              null,
              from,
              to,
              {},
              (e) =>
                region === null ||
                ancestors.get(e.sellerRegionCode)!.has(region) ||
                ancestors.get(e.buyerRegionCode)!.has(region),
            );
            const flowSum = flows.cells.reduce(
              (a, c) => [a[0]! + BigInt(c.count), a[1]! + BigInt(c.contractAmountFen)],
              [0n, 0n],
            );
            expect(flowSum).toEqual([BigInt(touching.count), BigInt(touching.contractAmountFen)]);
            // Every cell equals the naive matrix: inside the region an end is the child of the
            // region containing it (or the region itself), outside it its province. Nation and
            // province scopes come from the matrix rollup, the others from the leaf pairs.
            const keyOf = (leaf: string): string => {
              const anc = [...ancestors.get(leaf)!];
              if (region === null || !anc.includes(region)) return anc.find((a) => childOf.get(a) === null)!;
              return leaf === region ? region : anc.find((a) => childOf.get(a) === region)!;
            };
            const matrix = new Map<string, Totals>();
            for (const e of entries) {
              const month = `${e.effectiveDate.slice(0, 7)}-01`;
              if (month < from || month > to) continue;
              if (
                region !== null &&
                !ancestors.get(e.sellerRegionCode)!.has(region) &&
                !ancestors.get(e.buyerRegionCode)!.has(region)
              )
                continue;
              const k = `${keyOf(e.sellerRegionCode)}>${keyOf(e.buyerRegionCode)}`;
              const m = matrix.get(k) ?? { count: 0, contractAmountFen: '0', techAmountFen: '0' };
              matrix.set(k, {
                count: m.count + e.countDelta,
                contractAmountFen: `${BigInt(m.contractAmountFen) + BigInt(e.contractAmountFen)}`,
                techAmountFen: `${BigInt(m.techAmountFen) + BigInt(e.techAmountFen)}`,
              });
            }
            expect(
              new Map(
                flows.cells.map((c) => [
                  `${c.seller}>${c.buyer}`,
                  { count: c.count, contractAmountFen: c.contractAmountFen, techAmountFen: c.techAmountFen },
                ]),
              ),
            ).toEqual(matrix);
            // The province's children (city rollup unless filtered) agree with the export tree (leaf rollup).
            const viaLeaves = await repo.groups(em, { ...scope, regionCode: '340000' }, 'child-region');
            const viaTree = new Map(tree.filter((r) => r.parentCode === '340000').map((r) => [r.code, r.count]));
            for (const g of viaLeaves) if (g.key !== '340000') expect(g.count).toBe(viaTree.get(g.key));
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('an amendment and a cancellation change the totals of their effective period only', async () => {
    await rolledBack(async (em) => {
      const id = randomUUID();
      const base = { contractId: id, registrationNo: 'AM-1', buyerRegionCode: '340603' };
      await ledger.append(em, [
        entry({ ...base, effectiveDate: '2025-03-10', contractAmountFen: '500000000', techAmountFen: '400000000' }),
      ]);
      const q = (from: string, to: string) =>
        repo.total(em, { perspective: 'absorption', regionCode: '340600', fromMonth: from, toMonth: to });
      const q1Before = await q('2025-01-01', '2025-03-01');
      expect(q1Before).toEqual({ count: 1, contractAmountFen: '500000000', techAmountFen: '400000000' });
      await ledger.append(em, [
        entry({
          ...base,
          entryKind: 'amendment',
          countDelta: 0,
          effectiveDate: '2025-07-01',
          contractAmountFen: '-100000000',
          techAmountFen: '-50000000',
        }),
      ]);
      await ledger.append(em, [
        entry({
          ...base,
          entryKind: 'cancellation',
          countDelta: -1,
          effectiveDate: '2025-11-20',
          contractAmountFen: '-400000000',
          techAmountFen: '-350000000',
        }),
      ]);
      expect(await q('2025-01-01', '2025-03-01')).toEqual(q1Before);
      expect(await q('2025-07-01', '2025-09-01')).toEqual({
        count: 0,
        contractAmountFen: '-100000000',
        techAmountFen: '-50000000',
      });
      expect(await q('2025-10-01', '2025-12-01')).toEqual({
        count: -1,
        contractAmountFen: '-400000000',
        techAmountFen: '-350000000',
      });
      expect(await q('2025-04-01', '2025-06-01')).toEqual({ count: 0, contractAmountFen: '0', techAmountFen: '0' });
      expect(await q('2025-01-01', '2025-12-01')).toEqual({ count: 0, contractAmountFen: '0', techAmountFen: '0' });
    });
  });

  it('keeps the ledger append-only and refuses bad entries with a code', async () => {
    await rolledBack(async (em) => {
      const e = entry({});
      await ledger.append(em, [e]);
      await expect(ledger.append(em, [entry({ contractId: e.contractId })])).rejects.toMatchObject({
        code: 'LEDGER_DUPLICATE_CERTIFICATION',
      });
    });
    await rolledBack(async (em) => {
      await ledger.append(em, [entry({})]);
      await expect(em.query(`UPDATE stats_ledger SET contract_amount_fen = 0`)).rejects.toThrow(/append-only/);
    });
    await rolledBack(async (em) => {
      await ledger.append(em, [entry({})]);
      await expect(em.query(`DELETE FROM stats_ledger`)).rejects.toThrow(/append-only/);
    });
    await rolledBack(async (em) => {
      await expect(ledger.append(em, [entry({ buyerRegionCode: '999999' })])).rejects.toMatchObject({
        code: 'LEDGER_REFERENCE_UNKNOWN',
      });
    });
    // The references are checked per statement (migration 1765400800000), not by foreign keys:
    // one missing key among many rows is still refused, and a referenced code cannot go.
    await rolledBack(async (em) => {
      await expect(
        ledger.append(em, [entry({}), entry({ techFieldCode: 'no_such_field' }), entry({})]),
      ).rejects.toMatchObject({ code: 'LEDGER_REFERENCE_UNKNOWN' });
    });
    await rolledBack(async (em) => {
      const e = entry({});
      await ledger.append(em, [e]);
      await expect(em.query(`DELETE FROM region WHERE code = $1`, [e.buyerRegionCode])).rejects.toMatchObject({
        code: '23503',
      });
    });
    await rolledBack(async (em) => {
      const e = entry({});
      await ledger.append(em, [e]);
      await expect(
        em.query(`UPDATE tech_field SET code = 'renamed' WHERE code = $1`, [e.techFieldCode]),
      ).rejects.toMatchObject({ code: '23503' });
    });
    await rolledBack(async (em) => {
      const e = entry({});
      await ledger.append(em, [e]);
      // A change that keeps the key (a seed correcting a name) passes.
      await em.query(`UPDATE tech_field SET code = code, name = name || '' WHERE code = $1`, [e.techFieldCode]);
    });
    const invalid: Partial<LedgerEntry>[] = [
      { countDelta: 0 },
      { entryKind: 'cancellation', countDelta: -1, contractAmountFen: '5' },
      { contractAmountFen: '1.5' },
      { contractAmountFen: '10', techAmountFen: '20' },
      { effectiveDate: '2025-02-30' },
      { contractSubtypeCode: 'transfer.patent' },
      { contractId: 'not-a-uuid' },
      { entryKind: 'amendment', countDelta: 1 },
    ];
    for (const over of invalid) {
      await rolledBack(async (em) => {
        await expect(ledger.append(em, [entry(over)])).rejects.toMatchObject({ code: 'LEDGER_ENTRY_INVALID' });
      });
    }
  });

  it('scopes bureau staff to their subtree: 丹东 asking for 淮北 is refused', async () => {
    const dandong = principal({ regionCode: '210600' });
    await expect(
      stats.summary(dandong, { region: '340600', period: '2025', perspective: 'absorption' }, 'child-region'),
    ).rejects.toMatchObject({ code: 'STATS_REGION_FORBIDDEN' });
    await expect(
      stats.summary(dandong, { region: '210000', period: '2025', perspective: 'absorption' }, 'child-region'),
    ).rejects.toMatchObject({ code: 'STATS_REGION_FORBIDDEN' });
    await expect(stats.flows(dandong, { period: '2025' })).resolves.toMatchObject({
      region: { code: '210600', name: '丹东市' },
    });
    await expect(
      stats.summary(dandong, { region: '210602', period: '2025', perspective: 'output' }, 'type'),
    ).resolves.toMatchObject({ region: { code: '210602' } });
    const enterprise = principal({ orgType: 'enterprise', roles: ['org_admin'], regionCode: '210600' });
    await expect(
      stats.summary(enterprise, { region: '210600', period: '2025', perspective: 'absorption' }, 'month'),
    ).rejects.toMatchObject({ code: 'STATS_REGION_FORBIDDEN' });
    const admin = principal({ orgType: 'platform', roles: ['platform_admin'], regionCode: '110000' });
    await expect(
      stats.summary(admin, { period: '2025', perspective: 'absorption' }, 'child-region'),
    ).resolves.toMatchObject({ region: { code: null } });
    await expect(
      stats.summary(admin, { region: '999999', period: '2025', perspective: 'absorption' }, 'month'),
    ).rejects.toMatchObject({ code: 'STATS_REGION_UNKNOWN' });
    await expect(
      stats.summary(admin, { region: '340600', period: '2025-13', perspective: 'absorption' }, 'month'),
    ).rejects.toMatchObject({ code: 'STATS_PERIOD_INVALID' });
    await expect(
      stats.summary(
        admin,
        { region: '340600', period: '2025', perspective: 'absorption', filter: { techFieldCode: '99' } },
        'month',
      ),
    ).rejects.toMatchObject({ code: 'STATS_FILTER_UNKNOWN' });
  });
});
