import { submittedContract } from './factories/contract.factory.js';
import { registerSme } from './factories/voucher-world.factory.js';
import { loanWorld, type LoanWorld } from './factories/loan-world.factory.js';
import { api, refused } from './http.js';
import type { TestOrg } from './factories/identity.factory.js';
import { SCORE_INPUTS } from '../libs/loans/src/index.js';

interface Line {
  input: string;
  valueText: string;
  points: number;
}
interface Score {
  score: number;
  version: number;
  lines: Line[];
}
interface Formula {
  version: number;
  current: boolean;
  weights: { input: string; points: number; per: number; cap: number }[];
}

/** 企业创新积分 (issue 20, point 4): a versioned formula over platform facts, its inputs shown, who may read it. */
describe('innovation score (e2e)', () => {
  let w: LoanWorld;

  const scoreOf = async (who: TestOrg, ent: TestOrg, version?: number): Promise<Score> =>
    (
      await api(w.t, who)
        .get(`/api/innovation-scores/${ent.org.id}`, version ? { version } : undefined)
        .expect(200)
    ).body;
  const current = async (): Promise<Formula> =>
    ((await api(w.t).get('/api/innovation-scores/formulas').expect(200)).body as Formula[]).find((f) => f.current)!;
  const pointsOf = (f: Formula, input: string) => f.weights.find((x) => x.input === input)!.points;

  beforeAll(async () => {
    w = await loanWorld();
  }, 120_000);
  afterAll(() => w.t.close());

  it('shows every input next to the score, and changes only when an input changes', async () => {
    const ent = await w.enterprise('371302');
    const formula = await current();
    const first = await scoreOf(ent, ent);
    expect(first.version).toBe(formula.version);
    expect(first.lines.map((l) => l.input)).toEqual([...SCORE_INPUTS]);
    expect(first.lines.find((l) => l.input === 'awards')).toMatchObject({ valueText: '暂无数据来源', points: 0 });
    expect(first.score).toBe(first.lines.reduce((n, l) => n + l.points, 0));
    // Repeated reads, and a contract that is not yet certified, change nothing.
    expect(await scoreOf(ent, ent)).toEqual(first);
    await submittedContract(w.t, w.university, ent);
    expect(await scoreOf(ent, ent)).toEqual(first);

    // A certified 技术开发 contract as buyer (1 万元: below one step of the amount): the contract weights.
    await w.contractWith(ent);
    const after = await scoreOf(ent, ent);
    expect(after.lines.find((l) => l.input === 'buyer_contracts')!.valueText).toBe('1');
    expect(after.lines.find((l) => l.input === 'rd_contracts')!.valueText).toBe('1');
    expect(after.score - first.score).toBe(pointsOf(formula, 'buyer_contracts') + pointsOf(formula, 'rd_contracts'));
    expect(await scoreOf(ent, ent)).toEqual(after);

    // Listed as 科技型中小企业: the registry's weight.
    await registerSme(w.t, w.linyiStaff, ent);
    const listed = await scoreOf(ent, ent);
    expect(listed.lines.find((l) => l.input === 'tech_sme')!.valueText).toBe('是');
    expect(listed.score - after.score).toBe(pointsOf(formula, 'tech_sme'));
  });

  it('is read by the enterprise, its region’s bureaus and the banks it authorises; 403 for others', async () => {
    const ent = await w.enterprise('371302');
    await refused(api(w.t, w.bank).get(`/api/innovation-scores/${ent.org.id}`), 403, 'LOAN_FORBIDDEN');
    const auth = await w.authorise(ent, w.bank);
    const asBank = await scoreOf(w.bank, ent);
    expect(asBank).toEqual(await scoreOf(ent, ent));
    expect(await scoreOf(w.linyiStaff, ent)).toEqual(asBank);
    await refused(api(w.t, w.otherBank).get(`/api/innovation-scores/${ent.org.id}`), 403, 'LOAN_FORBIDDEN');
    await refused(api(w.t, w.huaibeiStaff).get(`/api/innovation-scores/${ent.org.id}`), 403, 'LOAN_FORBIDDEN');
    await refused(api(w.t, w.university).get(`/api/innovation-scores/${ent.org.id}`), 403, 'LOAN_FORBIDDEN');
    await refused(api(w.t).get(`/api/innovation-scores/${ent.org.id}`), 401, 'TOKEN_MISSING');
    // A university is not scored.
    await refused(
      api(w.t, w.linyiStaff).get(`/api/innovation-scores/${w.university.org.id}`),
      404,
      'LOAN_ENTERPRISE_NOT_FOUND',
    );
    // Revoked: the bank no longer reads it.
    await api(w.t, ent).post(`/api/loan-authorisations/${auth.id}/revoke`).expect(200);
    await refused(api(w.t, w.bank).get(`/api/innovation-scores/${ent.org.id}`), 403, 'LOAN_FORBIDDEN');
  });

  it('publishes a new formula version without changing the scores shown under the old one', async () => {
    const ent = await w.enterprise('371302');
    await w.contractWith(ent);
    const old = await current();
    const underOld = await scoreOf(ent, ent);
    expect(underOld.version).toBe(old.version);

    const weights = old.weights.map((x) => ({
      input: x.input,
      points: x.input === 'buyer_contracts' ? x.points + 7 : x.points,
      per: x.per,
      cap: x.input === 'buyer_contracts' ? x.cap + 7 : x.cap,
    }));
    await refused(
      api(w.t, w.linyiAdmin).post('/api/innovation-scores/formulas', { weights, note: '提高技术合同权重' }),
      403,
      'PERMISSION_DENIED',
    );
    const withAwards = weights.map((x) => (x.input === 'awards' ? { ...x, points: 5, cap: 5 } : x));
    await refused(
      api(w.t, w.platform).post('/api/innovation-scores/formulas', { weights: withAwards, note: '计入科技奖励' }),
      400,
      'VALIDATION_FAILED',
    );
    const published = await api(w.t, w.platform)
      .post('/api/innovation-scores/formulas', { weights, note: '提高技术合同权重' })
      .expect(201);
    expect(published.body).toMatchObject({ version: old.version + 1, current: true });

    const underNew = await scoreOf(ent, ent);
    expect(underNew).toMatchObject({ version: old.version + 1, score: underOld.score + 7 });
    // The old version still gives exactly what it gave.
    expect(await scoreOf(ent, ent, old.version)).toEqual({ ...underOld, currentVersion: old.version + 1 });
    await refused(
      api(w.t, ent).get(`/api/innovation-scores/${ent.org.id}`, { version: 999 }),
      404,
      'SCORE_FORMULA_VERSION_NOT_FOUND',
    );
  });
});
