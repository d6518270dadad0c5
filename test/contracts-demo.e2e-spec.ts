import { DataSource } from 'typeorm';
import { identityDemoLoader } from '../seeds/demo/identity-demo.js';
import { contractsDemoLoader } from '../seeds/demo/contracts-demo.js';
import { openDataSource } from '../libs/shared/database/index.js';
import { createTestDatabase, type TestDatabase } from '../libs/shared/testing/index.js';

describe('contracts demo data (through the services)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await openDataSource(db.url);
    await identityDemoLoader.load(ds);
  }, 120_000);
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('loads deals in every stage and a few hundred certified contracts over three years, all in the ledger', async () => {
    const created = await contractsDemoLoader.load(ds);
    expect(created).toBeGreaterThan(200);
    const stages = (await ds.query(`SELECT DISTINCT stage FROM deal ORDER BY stage`)).map(
      (r: { stage: string }) => r.stage,
    );
    expect(stages).toEqual(['contacted', 'dropped', 'introduced', 'lead', 'negotiating', 'signed']);
    // the timeline notes are read by people: stage names in Chinese ("进入contacted阶段" before)
    const notes: { note: string }[] = await ds.query(`SELECT DISTINCT note FROM deal_event WHERE note IS NOT NULL`);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((n) => /[A-Za-z]{4,}/.test(n.note))).toEqual([]);
    expect(notes.map((n) => n.note)).toContainEqual(expect.stringContaining('进入「已联系」阶段'));
    const [c] = await ds.query(
      `SELECT count(*)::int AS n, count(DISTINCT contract_type_code)::int AS types, count(DISTINCT tech_field_code)::int AS fields,
              count(DISTINCT registry_region_code)::int AS registries, count(DISTINCT date_part('year', certified_on))::int AS years
         FROM tech_contract WHERE status = 'certified'`,
    );
    expect(c.n).toBeGreaterThan(150);
    expect(c.types).toBe(5);
    expect(c.fields).toBeGreaterThanOrEqual(8);
    expect(c.registries).toBe(5);
    expect(c.years).toBeGreaterThanOrEqual(3);
    const [ledger] = await ds.query(
      `SELECT count(*)::int AS n FROM stats_ledger WHERE source = 'platform' AND entry_kind = 'certified'`,
    );
    expect(ledger.n).toBe(c.n);
    const [{ n: cancellations }] = await ds.query(
      `SELECT count(*)::int AS n FROM contract_adjustment WHERE kind = 'cancellation'`,
    );
    expect(cancellations).toBeGreaterThan(0);
    const [{ n: waiting }] = await ds.query(`SELECT count(*)::int AS n FROM tech_contract WHERE status = 'submitted'`);
    expect(waiting).toBeGreaterThan(0);
  }, 300_000);
});
