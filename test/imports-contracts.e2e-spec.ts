import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { COLUMNS } from '../libs/imports/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { csvLine, importDriver, type ImportDriver } from './factories/import.factory.js';
import { reviewOff } from './factories/listing.factory.js';
import { api } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Bulk import into the rest of the market: historical contracts into the statistics, achievements into match alerts. */
describe('bulk import: contracts and achievements reach statistics and alerts (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let jobs: JobRunner;
  let importDir: string;
  let imports: ImportDriver;
  let huaibei: TestOrg; // bureau of 淮北 (340600), no listing review
  let uni1: TestOrg; // 濉溪县 340621
  let uni2: TestOrg; // 相山区 340603
  let enterprise: TestOrg; // 杜集区 340602

  beforeAll(async () => {
    importDir = mkdtempSync(join(tmpdir(), 'tm-imports-'));
    t = await createTestApp({ IMPORT_DIR: importDir, IMPORT_BATCH_SIZE: '100', IMPORT_CONTRACT_BATCH_SIZE: '100' });
    ds = t.app.get(DataSource);
    jobs = t.app.get(JobRunner);
    [huaibei, uni1, uni2, enterprise] = await Promise.all([
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340621' }),
      createOrgWithAdmin(t, { type: 'research_institute', regionCode: '340603' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    ]);
    await reviewOff(t, huaibei);
    imports = importDriver(t, huaibei);
  });
  afterAll(async () => {
    await t.close();
    rmSync(importDir, { recursive: true, force: true });
  });

  it('imports historical contracts from GB18030 exactly like the UTF-8 twin, into the statistics as source import', async () => {
    const header = COLUMNS.contracts.map((s) => s.header);
    const types = ['技术开发/委托开发', '技术服务/技术培训', 'licence.exclusive', '技术咨询'];
    const lines = [csvLine(header)];
    let contractFen = 0n;
    let techFen = 0n;
    for (let i = 1; i <= 30; i++) {
      const c = 100000 + i * 1000;
      const tech = c - 5000;
      contractFen += BigInt(c) * 100n + 50n;
      techFen += BigInt(tech) * 100n;
      lines.push(
        csvLine([
          `3406002024${String(i).padStart(6, '0')}`,
          `淮北矿业固废综合利用技术合同${i}`,
          types[i % 4]!,
          i % 2 ? '环境保护与资源综合利用' : '05',
          '淮北矿业新材料科技有限公司',
          '',
          '濉溪县',
          '临沂智能装备制造有限公司',
          '',
          '临沂市',
          '',
          `${c}.50`,
          `${tech}`,
          '2024-03-01',
          `2024-0${(i % 9) + 1}-15`,
        ]),
      );
    }
    const text = `${lines.join('\n')}\n`;
    const utf8 = Buffer.from(text, 'utf8');
    const gb = iconv.encode(text, 'gb18030');
    expect(gb.equals(utf8)).toBe(false);

    const gbJob = await imports.upload(gb, '合同登记台账.csv', 'contracts').expect(201);
    const utfJob = await imports.upload(utf8, '合同登记台账-utf8.csv', 'contracts').expect(201);
    expect([gbJob.body.encoding, utfJob.body.encoding]).toEqual(['gb18030', 'utf-8']);
    await imports.run();
    const [gbDry, utfDry] = [await imports.job(gbJob.body.id), await imports.job(utfJob.body.id)];
    expect([gbDry.validRows, gbDry.problemRows]).toEqual([30, 0]);
    expect([utfDry.validRows, utfDry.problemRows]).toEqual([30, 0]);

    await api(t, huaibei).post(`/api/imports/${gbJob.body.id}/commit`).expect(202);
    await imports.run();
    expect(await imports.job(gbJob.body.id)).toMatchObject({ status: 'committed', importedRows: 30 });
    const rows = await ds.query(
      `SELECT registration_no, title, seller_name, contract_subtype_code, buyer_region_code, registry_region_code FROM imported_contract WHERE import_job_id = $1 ORDER BY registration_no`,
      [gbJob.body.id],
    );
    expect(rows[0]).toEqual({
      registration_no: '3406002024000001',
      title: '淮北矿业固废综合利用技术合同1',
      seller_name: '淮北矿业新材料科技有限公司',
      contract_subtype_code: 'service.training',
      buyer_region_code: '371300',
      registry_region_code: '340600',
    });

    // The UTF-8 twin holds the very same contracts: committing it adds none.
    await api(t, huaibei).post(`/api/imports/${utfJob.body.id}/commit`).expect(202);
    await imports.run();
    expect(await imports.job(utfJob.body.id)).toMatchObject({ status: 'committed', importedRows: 0, skippedRows: 30 });
    expect((await ds.query(`SELECT count(*)::int AS n FROM imported_contract`))[0].n).toBe(30);

    const ledger = await ds.query(`SELECT DISTINCT source, entry_kind FROM stats_ledger`);
    expect(ledger).toEqual([{ source: 'import', entry_kind: 'certified' }]);
    const [{ linked }] = await ds.query(
      `SELECT count(*)::int AS linked FROM stats_ledger l JOIN imported_contract c ON c.id = l.contract_id WHERE c.import_job_id = $1`,
      [gbJob.body.id],
    );
    expect(linked).toBe(30);
    const summary = await api(t, huaibei)
      .get('/api/stats/summary', { region: '340600', period: '2024', perspective: 'registered' })
      .expect(200);
    expect(summary.body.total).toEqual({
      count: 30,
      contractAmountFen: contractFen.toString(),
      techAmountFen: techFen.toString(),
    });
    const output = await api(t, huaibei)
      .get('/api/stats/summary', { region: '340600', period: '2024', perspective: 'output' })
      .expect(200);
    expect(output.body.total.count).toBe(30);
  });

  it('an imported achievement alerts the owner of a matching open need, exactly like a published one', async () => {
    const publish = async (who: TestOrg, kind: 'needs' | 'achievements', body: Record<string, unknown>) => {
      const created = await api(t, who).post(`/api/listings/${kind}`, body).expect(201);
      const submitted = await api(t, who)
        .post(`/api/listings/${kind}/${created.body.id}/submit`, { version: 1 })
        .expect(200);
      expect(submitted.body.status).toBe('published');
      return created.body.id as string;
    };
    const needId = await publish(enterprise, 'needs', {
      title: '锂电池正极材料循环寿命提升',
      description: '我公司生产动力锂电池，需要提高高镍正极材料的循环寿命和热稳定性，寻求成熟的正极材料包覆改性技术。',
      techFieldCode: '06',
      budgetMaxFen: 50_000_000,
      cooperationModes: ['transfer'],
    });
    await jobs.drainUntilIdle();
    const achievement = {
      title: '高镍锂电池正极材料氧化铝包覆改性技术',
      description:
        '采用原子层沉积氧化铝包覆高镍锂电池正极材料，显著提高正极材料的循环寿命与热稳定性，抑制电解液副反应，已完成中试。',
      keywords: ['锂电池', '正极材料', '包覆改性'],
    };
    const publishedId = await publish(uni2, 'achievements', {
      ...achievement,
      techFieldCode: '06',
      achievementType: 'applied',
      trl: 7,
      transferModes: ['transfer', 'licence'],
      priceFen: 30_000_000,
    });
    const record: Record<string, string> = {
      ...achievement,
      keywords: achievement.keywords.join('、'),
      ownerCreditCode: uni1.org.creditCode,
      techField: '06',
      achievementType: '应用技术',
      trl: '7',
      transferModes: '转让、许可',
      price: '300000',
    };
    const specs = COLUMNS.achievements;
    const csv = Buffer.from(
      `${csvLine(specs.map((c) => c.header))}\n${csvLine(specs.map((c) => record[c.key] ?? ''))}\n`,
      'utf8',
    );
    const { committed } = await imports.dryRunAndCommit(csv, '单项成果.csv', 'achievements');
    expect(committed).toMatchObject({ status: 'committed', importedRows: 1 });
    const [{ id: importedId }] = await ds.query(`SELECT id FROM achievement WHERE org_id = $1 AND title = $2`, [
      uni1.org.id,
      achievement.title,
    ]);
    await jobs.drainUntilIdle();

    // The same events and deliveries (queues, topics, keys, at the listing's version) and the same lifecycle stamps.
    const shape = async (id: string) => ({
      row: (
        await ds.query(
          `SELECT status, published_at IS NOT NULL AS published, first_published_at = published_at AS first, submitted_at IS NOT NULL AS submitted FROM achievement WHERE id = $1`,
          [id],
        )
      )[0],
      jobs: await ds.query(
        `SELECT queue, topic, replace(key, $1, 'ID') AS key, done_at IS NOT NULL AS done,
                topic <> 'listing.changed' OR (payload->>'version')::int = (SELECT version FROM achievement WHERE id = $1::uuid) AS current
           FROM job WHERE payload->>'id' = $1 ORDER BY queue COLLATE "C", topic`,
        [id],
      ),
    });
    const [imported, published] = [await shape(importedId), await shape(publishedId)];
    expect(imported).toEqual(published);
    expect(imported.jobs.map((j: { queue: string; topic: string }) => `${j.queue} ${j.topic}`)).toEqual([
      '@events listing.changed',
      '@events listing.indexed',
      'exchange.listing-feed listing.changed',
      'listings.search-index listing.changed',
      'matching.alerts listing.indexed',
    ]);

    // Both alert the need's owner, once each.
    const alerts = await ds.query(
      `SELECT achievement_id, triggered_by, notified_org_id FROM match_alert WHERE need_id = $1 AND achievement_id = ANY($2) ORDER BY achievement_id`,
      [needId, [importedId, publishedId]],
    );
    expect(alerts).toEqual(
      [importedId, publishedId]
        .sort()
        .map((achievement_id) => ({ achievement_id, triggered_by: 'achievement', notified_org_id: enterprise.org.id })),
    );
    const inbox = (await api(t, enterprise).get('/api/notifications', { pageSize: 100 }).expect(200)).body.items;
    expect(
      inbox
        .filter((n: { payload: { needId?: string } }) => n.payload.needId === needId)
        .map((n: { link: string }) => n.link)
        .sort(),
    ).toEqual([`/listings/achievement/${importedId}`, `/listings/achievement/${publishedId}`].sort());
  });
});
