import { DataSource } from 'typeorm';
import { loanWorld, type LoanWorld } from './factories/loan-world.factory.js';
import { api, idempotencyKey } from './http.js';

/**
 * A revocation racing filings (成果转化贷款): every filing either lands while the authorisation
 * holds (201) or is refused (403 LOAN_NOT_AUTHORISED) — never a 5xx or a deadlock — and what
 * the banks were told is exactly what the table holds.
 */
describe('loans under concurrency (e2e)', () => {
  let w: LoanWorld;
  let ds: DataSource;

  beforeAll(async () => {
    w = await loanWorld();
    ds = w.t.app.get(DataSource);
  }, 120_000);
  afterAll(() => w.t.close());

  it('files and revokes at once: each filing 201 or 403, the count agrees, nothing after the revocation', async () => {
    for (let round = 0; round < 3; round++) {
      const ent = await w.enterprise('371302');
      const auth = await w.authorise(ent, w.bank);
      const file = () =>
        api(w.t, w.bank)
          .post('/api/loans', w.body(ent))
          .set('Idempotency-Key', idempotencyKey())
          .then((r) => r);
      const answers = await Promise.all([
        ...Array.from({ length: 6 }, file),
        api(w.t, ent)
          .post(`/api/loan-authorisations/${auth.id}/revoke`)
          .then((r) => r),
        ...Array.from({ length: 6 }, file),
      ]);
      const revoke = answers[6]!;
      expect(revoke.status).toBe(200);
      const filings = answers.filter((_, i) => i !== 6);
      expect(filings.map((r) => r.status).filter((s) => s !== 201 && s !== 403)).toEqual([]);
      expect(filings.filter((r) => r.status === 403).every((r) => r.body.code === 'LOAN_NOT_AUTHORISED')).toBe(true);
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM loan WHERE enterprise_org_id = $1`, [ent.org.id]);
      expect(n).toBe(filings.filter((r) => r.status === 201).length);
      const after = await file();
      expect({ status: after.status, code: after.body.code }).toEqual({ status: 403, code: 'LOAN_NOT_AUTHORISED' });
    }
  }, 120_000);
});
