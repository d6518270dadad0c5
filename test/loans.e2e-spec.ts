import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { dayOffset } from './factories/voucher-world.factory.js';
import { loanWorld, type LoanWorld } from './factories/loan-world.factory.js';
import { createListing } from './factories/listing.factory.js';
import { randomCreditCode, randomPhone } from './factories/identity.factory.js';
import { api, binary, idempotencyKey, refused } from './http.js';

/** 成果转化贷款备案 (issue 20, point 3): authorisations, filings, append-only entries, bureau lists and figures. */
describe('loans (e2e)', () => {
  let w: LoanWorld;
  let ds: DataSource;
  const year = () => dayOffset(0).slice(0, 4);
  const loansOf = async (enterpriseOrgId: string) =>
    Number(
      (await ds.query(`SELECT count(*)::int AS n FROM loan WHERE enterprise_org_id = $1`, [enterpriseOrgId]))[0].n,
    );
  const figures = async (region: string) =>
    (await api(w.t, w.linyiStaff).get('/api/stats/loans', { region, period: year() }).expect(200)).body;

  beforeAll(async () => {
    w = await loanWorld();
    ds = w.t.app.get(DataSource);
  }, 120_000);
  afterAll(() => w.t.close());

  it('files a loan of an authorised bank: the region’s figures, the bureau’s list, the enterprise told', async () => {
    const ent = await w.enterprise('371302');
    const auth = await w.authorise(ent, w.bank);
    expect(auth).toMatchObject({ bankName: w.bank.org.name, enterpriseName: ent.org.name, active: true });
    // The bank sees who authorised it; the enterprise its grants.
    const seen = (await api(w.t, w.bank).get('/api/loan-authorisations').expect(200)).body;
    expect(seen.map((a: { id: string }) => a.id)).toContain(auth.id);
    const banks = (await api(w.t, ent).get('/api/loan-authorisations/banks').expect(200)).body;
    expect(banks.map((b: { orgId: string }) => b.orgId)).toEqual(expect.arrayContaining([w.bank.org.id]));

    const before = await figures('371300');
    const achievement = await w.achievement();
    const contract = await w.contractWith(ent);
    // The authorised bank may list the enterprise's certified contracts to link; another bank may not.
    const options = await api(w.t, w.bank).get('/api/loans/enterprise-contracts', { enterpriseOrgId: ent.org.id });
    expect(options.status).toBe(200);
    expect(options.body).toEqual([expect.objectContaining({ id: contract.id, title: contract.title })]);
    await refused(
      api(w.t, w.otherBank).get('/api/loans/enterprise-contracts', { enterpriseOrgId: ent.org.id }),
      403,
      'LOAN_NOT_AUTHORISED',
    );
    const loan = await w.file(w.bank, ent, {
      amountFen: '186000000',
      collateral: 'achievement',
      achievementIds: [achievement.id],
      contractIds: [contract.id],
    });
    expect(loan).toMatchObject({
      bankName: w.bank.org.name,
      enterpriseName: ent.org.name,
      regionCode: '371302',
      amountFen: '186000000',
      collateralName: '科技成果',
      rateTypeName: '固定利率',
      status: 'active',
      outstandingFen: '186000000',
      links: [
        { kind: 'achievement', id: achievement.id, title: achievement.title },
        { kind: 'contract', id: contract.id, title: contract.title },
      ],
    });
    const after = await figures('371300');
    expect(after.totals.filedCount - before.totals.filedCount).toBe(1);
    expect(BigInt(after.totals.filedFen) - BigInt(before.totals.filedFen)).toBe(186_000_000n);
    const lanshan = after.children.find((c: { regionCode: string }) => c.regionCode === '371302');
    expect(lanshan.filedCount).toBeGreaterThanOrEqual(1);

    // The bureau of the region lists it; another city's bureau neither lists nor reads it.
    const listed = (await api(w.t, w.linyiStaff).get('/api/loans', { pageSize: 100 }).expect(200)).body;
    expect(listed.items.map((l: { id: string }) => l.id)).toContain(loan.id);
    const elsewhere = (await api(w.t, w.huaibeiStaff).get('/api/loans', { pageSize: 100 }).expect(200)).body;
    expect(elsewhere.items.map((l: { id: string }) => l.id)).not.toContain(loan.id);
    await refused(api(w.t, w.huaibeiStaff).get(`/api/loans/${loan.id}`), 404, 'LOAN_NOT_FOUND');
    // The enterprise sees its loan and was told of it.
    const mine = (await api(w.t, ent).get('/api/loans').expect(200)).body;
    expect(mine.items.map((l: { id: string }) => l.id)).toEqual([loan.id]);
    await w.t.app.get(JobRunner).drainUntilIdle();
    const notices = await ds.query(
      `SELECT kind, title, body FROM notification WHERE recipient_org_id = $1 AND payload->>'loanId' = $2`,
      [ent.org.id, loan.id],
    );
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'loan_filed', body: expect.stringContaining('186 万元') }),
    ]);
  });

  it('signs a financial institution up and has it verified by its bureau; only then may it be authorised', async () => {
    const signup = await api(w.t)
      .post('/api/auth/signup', {
        org: {
          type: 'financial_institution',
          name: '临沂银行测试分行',
          creditCode: randomCreditCode('371300'),
          regionCode: '371300',
        },
        admin: {
          email: `bank-${Date.now()}@example.cn`,
          phone: randomPhone(),
          displayName: '王行长',
          password: 'Demo@2026',
        },
      })
      .expect(201);
    expect(signup.body.org).toMatchObject({ type: 'financial_institution', verificationStatus: 'pending' });
    const ent = await w.enterprise('371302');
    const bankOrgId = signup.body.org.id as string;
    await refused(api(w.t, ent).post('/api/loan-authorisations', { bankOrgId }), 422, 'LOAN_BANK_INVALID');
    const banks = async () =>
      ((await api(w.t, ent).get('/api/loan-authorisations/banks').expect(200)).body as { orgId: string }[]).map(
        (b) => b.orgId,
      );
    expect(await banks()).not.toContain(bankOrgId);
    await api(w.t, w.linyiStaff).post(`/api/organizations/${bankOrgId}/verify`, {}).expect(200);
    expect(await banks()).toContain(bankOrgId);
    await api(w.t, ent).post('/api/loan-authorisations', { bankOrgId }).expect(201);
    // A university is no bank.
    await refused(
      api(w.t, ent).post('/api/loan-authorisations', { bankOrgId: w.university.org.id }),
      422,
      'LOAN_BANK_INVALID',
    );
  });

  it('refuses a bank the enterprise did not authorise, or no longer authorises, with 403 and nothing written', async () => {
    const ent = await w.enterprise('371311');
    await refused(
      api(w.t, w.otherBank).post('/api/loans', w.body(ent)).set('Idempotency-Key', idempotencyKey()),
      403,
      'LOAN_NOT_AUTHORISED',
    );
    const auth = await w.authorise(ent, w.otherBank);
    await w.file(w.otherBank, ent);
    // Another bank still may not; a university is no bank at all.
    await refused(api(w.t, w.bank).post('/api/loans', w.body(ent)), 403, 'LOAN_NOT_AUTHORISED');
    await refused(api(w.t, w.university).post('/api/loans', w.body(ent)), 403, 'PERMISSION_DENIED');
    // Only the enterprise's admin revokes; then the bank is refused too.
    await refused(api(w.t, w.otherBank).post(`/api/loan-authorisations/${auth.id}/revoke`), 403, 'PERMISSION_DENIED');
    const revoked = await api(w.t, ent).post(`/api/loan-authorisations/${auth.id}/revoke`).expect(200);
    expect(revoked.body).toMatchObject({ active: false, revokedAt: expect.any(String) });
    await refused(api(w.t, ent).post(`/api/loan-authorisations/${auth.id}/revoke`), 409, 'LOAN_AUTHORISATION_REVOKED');
    await refused(api(w.t, w.otherBank).post('/api/loans', w.body(ent)), 403, 'LOAN_NOT_AUTHORISED');
    expect(await loansOf(ent.org.id)).toBe(1);
    // Both sides still see the revoked authorisation.
    const own = (await api(w.t, ent).get('/api/loan-authorisations').expect(200)).body;
    expect(own).toEqual([expect.objectContaining({ id: auth.id, active: false })]);
  });

  it('takes linked achievements and contracts from their records; refuses bad amounts; files once per key', async () => {
    const ent = await w.enterprise('371312');
    const stranger = await w.enterprise('371312');
    await w.authorise(ent, w.bank);
    const draft = await createListing(w.t, w.university, 'achievements');
    await refused(
      api(w.t, w.bank).post('/api/loans', w.body(ent, { achievementIds: [draft.id] })),
      422,
      'LOAN_ACHIEVEMENT_INVALID',
    );
    const theirs = await w.contractWith(stranger);
    await refused(
      api(w.t, w.bank).post('/api/loans', w.body(ent, { contractIds: [theirs.id] })),
      422,
      'LOAN_CONTRACT_INVALID',
    );
    await refused(api(w.t, w.bank).post('/api/loans', w.body(ent, { collateral: 'house' })), 400, 'VALIDATION_FAILED');
    // Amounts and text the server would not store answer 400 with the field, never 500.
    for (const over of [{ amountFen: '0' }, { amountFen: '9999999999999999999' }, { purpose: ' 贷' }]) {
      const res = await refused(api(w.t, w.bank).post('/api/loans', w.body(ent, over)), 400, 'VALIDATION_FAILED');
      expect(res.body.details[0].field).toBe(Object.keys(over)[0]);
    }
    // A retried filing with the same Idempotency-Key files once.
    const key = idempotencyKey();
    const first = await api(w.t, w.bank).post('/api/loans', w.body(ent)).set('Idempotency-Key', key).expect(201);
    const again = await api(w.t, w.bank).post('/api/loans', w.body(ent)).set('Idempotency-Key', key).expect(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await loansOf(ent.org.id)).toBe(1);
  });

  it('appends repayments, a settlement and a default; totals agree to the fen with the export', async () => {
    // 郯城县: no other suite's loans, so its figures are this test's alone.
    const ent = await w.enterprise('371322');
    const other = await w.enterprise('371322');
    await w.authorise(ent, w.bank);
    await w.authorise(other, w.bank);
    const loan = await w.file(w.bank, ent, { amountFen: '123456789' });
    const entry = (body: Record<string, unknown>) => api(w.t, w.bank).post(`/api/loans/${loan.id}/entries`, body);
    await entry({ kind: 'repayment', amountFen: '23456789' }).expect(200);
    await entry({ kind: 'repayment', amountFen: '50000001' }).expect(200);
    const over = await refused(entry({ kind: 'repayment', amountFen: '50000000' }), 422, 'LOAN_REPAYMENT_EXCEEDS');
    expect(over.body.details).toEqual({ outstandingFen: '49999999' });
    await refused(entry({ kind: 'settled' }), 422, 'LOAN_NOT_REPAID');
    await refused(
      entry({ kind: 'repayment', amountFen: '1', occurredOn: dayOffset(1) }),
      422,
      'LOAN_ENTRY_DATE_INVALID',
    );
    // Only the filing bank records entries; the enterprise and another bank are refused.
    await refused(api(w.t, ent).post(`/api/loans/${loan.id}/entries`, { kind: 'settled' }), 403, 'PERMISSION_DENIED');
    await refused(
      api(w.t, w.otherBank).post(`/api/loans/${loan.id}/entries`, { kind: 'settled' }),
      404,
      'LOAN_NOT_FOUND',
    );
    const repaid = await entry({ kind: 'repayment', amountFen: '49999999' }).expect(200);
    expect(repaid.body).toMatchObject({ repaidFen: '123456789', outstandingFen: '0', status: 'active' });
    const settled = await entry({ kind: 'settled', note: '本息已结清' }).expect(200);
    expect(settled.body.status).toBe('settled');
    expect(settled.body.entries.map((e: { kindName: string }) => e.kindName)).toEqual(['还款', '还款', '还款', '结清']);
    await refused(entry({ kind: 'repayment', amountFen: '1' }), 409, 'LOAN_CLOSED');

    const bad = await w.file(w.bank, other, { amountFen: '30000000', collateral: 'credit', rateType: 'floating' });
    await api(w.t, w.bank)
      .post(`/api/loans/${bad.id}/entries`, { kind: 'repayment', amountFen: '10000000' })
      .expect(200);
    const defaulted = await api(w.t, w.bank).post(`/api/loans/${bad.id}/entries`, { kind: 'default' }).expect(200);
    // A default records the principal then outstanding, from the server's sums.
    expect(defaulted.body).toMatchObject({ status: 'defaulted', defaultedFen: '20000000', statusName: '已违约' });
    await refused(
      api(w.t, w.bank).post(`/api/loans/${bad.id}/entries`, { kind: 'default' }),
      409,
      'LOAN_ALREADY_DEFAULTED',
    );

    // Filings and entries are never rewritten, whoever asks the database.
    await expect(ds.query(`UPDATE loan SET amount_fen = 1 WHERE id = $1`, [loan.id])).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM loan_entry WHERE loan_id = $1`, [loan.id])).rejects.toThrow(/append-only/);

    const f = (await figures('371322')).totals;
    expect(f).toEqual({
      filedCount: 2,
      filedFen: '153456789',
      filedEnterprises: 2,
      repaidFen: '133456789',
      defaultedCount: 1,
      defaultedFen: '20000000',
      settledCount: 1,
    });
    const xlsx = await api(w.t, w.linyiStaff)
      .get('/api/stats/loans/export', { region: '371322', period: year() })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const row = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === '郯城县（合计）')!;
    const fen = (col: number) => String(Math.round(Number(row.getCell(col).value) * 1_000_000));
    expect([row.getCell(2).value, fen(3), fen(5), row.getCell(6).value, fen(7)]).toEqual([
      2,
      f.filedFen,
      f.repaidFen,
      1,
      f.defaultedFen,
    ]);
    const csv = await api(w.t, w.linyiStaff)
      .get('/api/stats/loans/export', { region: '371322', period: year(), format: 'csv' })
      .expect(200);
    expect(csv.text).toContain('备案金额（万元）');
    expect(csv.text).toContain('郯城县（合计）,2,153.46,2,133.46,1,20.00,1');
  });

  it('counts filings toward a plan target on the loan indicators', async () => {
    const plan = await api(w.t, w.linyiAdmin)
      .post('/api/target-plans', {
        regionCode: '371300',
        title: '成果转化贷款目标',
        document: '临科〔2026〕3号',
        fromYear: Number(year()),
        toYear: Number(year()),
      })
      .expect(201);
    await api(w.t, w.linyiAdmin)
      .post(`/api/target-plans/${plan.body.id}/targets`, {
        indicatorCode: 'achievement_loan_amount',
        indicatorName: '备案科技成果转化贷款',
        accumulation: 'annual',
        value: '186000000',
        unit: 'yuan',
        comparison: 'gte',
        fromYear: Number(year()),
        targetYear: Number(year()),
        sourceQuote: '帮助35家企业备案科技成果转化贷款1.86亿元',
      })
      .expect(201);
    const ent = await w.enterprise('371323');
    await w.authorise(ent, w.bank);
    await w.file(w.bank, ent, { amountFen: '50000000' });
    const targets = (await api(w.t, w.linyiAdmin).get('/api/stats/targets').expect(200)).body.items;
    const t = targets.find((x: { indicatorCode: string }) => x.indicatorCode === 'achievement_loan_amount');
    expect(t).toMatchObject({ source: { kind: 'records', measure: 'loan_amount_filed' } });
    expect(Number(t.actual)).toBeGreaterThanOrEqual(500_000);
  });
});
