import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../apps/worker/src/worker.module.js';
import { chinaToday } from '../libs/reference/src/index.js';
import { SearchIndex } from '../libs/search/src/index.js';
import { IDEMPOTENCY_TTL_SECONDS } from '../libs/shared/http/index.js';
import { createTestDatabase, type TestDatabase } from '../libs/shared/testing/index.js';

/**
 * The worker's scheduled jobs as the worker process runs them: the listing deadline job and the
 * housekeeping purges, on their configured intervals, against a real database.
 */
describe('worker scheduled jobs (e2e)', () => {
  let db: TestDatabase;
  let worker: TestingModule;
  let ds: DataSource;
  let orgId: string;
  let userId: string;

  const yesterday = chinaToday(new Date(Date.now() - 86_400_000));

  const publishedNeed = async (deadline: string): Promise<string> => {
    const [{ id }] = await ds.query(
      `INSERT INTO tech_need (org_id, created_by, title, description, tech_field_code, region_code, status, deadline, submitted_at, published_at)
       VALUES ($1, $2, '定时任务测试需求', '截止日期已过的需求', '06', '210602', 'published', $3, now(), now()) RETURNING id`,
      [orgId, userId, deadline],
    );
    return id;
  };
  const oldKey = (key: string, ageDays: number) =>
    ds.query(
      `INSERT INTO idempotency_key (scope, key, fingerprint, created_at, expires_at)
       VALUES ('worker-test', $1, 'f', now() - make_interval(days => $2), now() - make_interval(days => $2) + make_interval(secs => $3))`,
      [key, ageDays, IDEMPOTENCY_TTL_SECONDS],
    );
  const statusOf = async (id: string): Promise<string> =>
    (await ds.query(`SELECT status FROM tech_need WHERE id = $1`, [id]))[0].status;
  const keysLeft = async (): Promise<string[]> =>
    (await ds.query(`SELECT key FROM idempotency_key WHERE scope = 'worker-test' ORDER BY key`)).map(
      (r: { key: string }) => r.key,
    );

  async function until(check: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    worker = await Test.createTestingModule({
      imports: [
        WorkerModule.forRoot({
          ...db.env,
          LISTING_DEADLINE_POLL_MS: '1000',
          IDEMPOTENCY_PURGE_POLL_MS: '1000',
          IDEMPOTENCY_RETENTION_DAYS: '3',
          JOBS_RETENTION_DAYS: '3',
        }),
      ],
    }).compile();
    ds = worker.get(DataSource);
    [{ id: orgId }] = await ds.query(
      `INSERT INTO organization (type, name, credit_code, region_code, verification_status) VALUES ('enterprise', '丹东定时任务测试有限公司', 'WORKERJOBTEST00001', '210602', 'verified') RETURNING id`,
    );
    [{ id: userId }] = await ds.query(
      `INSERT INTO app_user (org_id, email, display_name, password_hash, roles) VALUES ($1, 'worker-jobs@example.cn', '测试', 'x', '{org_admin}') RETURNING id`,
      [orgId],
    );
  });

  afterAll(async () => {
    await worker?.close();
    await worker
      ?.get(SearchIndex)
      .dropAll()
      .catch(() => undefined);
    await db.drop();
  });

  it('closes listings past their deadline and purges old idempotency keys and done jobs, at start and on every interval', async () => {
    const dueAtStart = await publishedNeed(yesterday);
    const stillOpen = await publishedNeed(chinaToday());
    await oldKey('key-ten-days', 10);
    await oldKey('key-one-day', 1);

    await worker.init(); // starts every job: the first rounds run at once
    await until(async () => (await statusOf(dueAtStart)) === 'closed', 'the due need to close');
    await until(async () => (await keysLeft()).length === 1, 'the old key to be purged');
    expect(await keysLeft()).toEqual(['key-one-day']);

    // Due after the first round: taken by a later one (LISTING_DEADLINE_POLL_MS = 1 s).
    const dueLater = await publishedNeed(yesterday);
    await oldKey('key-five-days', 5);
    await until(async () => (await statusOf(dueLater)) === 'closed', 'the later need to close');
    await until(async () => (await keysLeft()).length === 1, 'the later key to be purged');

    // Jobs done longer ago than JOBS_RETENTION_DAYS go too; recent ones stay.
    await ds.query(
      `INSERT INTO job (queue, key, done_at) VALUES
         ('worker.test', 'done-long-ago', now() - interval '5 days'), ('worker.test', 'done-lately', now() - interval '1 day')`,
    );
    const jobsLeft = async () =>
      (await ds.query(`SELECT key AS k FROM job WHERE queue = 'worker.test'`)).map((r: { k: string }) => r.k);
    await until(async () => (await jobsLeft()).length === 1, 'the old job to be purged');
    expect(await jobsLeft()).toEqual(['done-lately']);
    expect(await statusOf(stillOpen)).toBe('published');
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'listing.expire'`);
    expect(n).toBe(2);
  });
});
