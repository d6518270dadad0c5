import request from 'supertest';
import { DataSource } from 'typeorm';
import { POLICY, type OperationName, type OperationPolicy } from '../libs/shared/auth/index.js';
import { expectation } from './factories/policy-expectation.js';
import { buildPolicyWorld, unknownId, type PolicyWorld, type WorldCaller } from './factories/policy-world.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

/**
 * The authorisation matrix, generated from the OpenAPI document: every operation × every kind of
 * caller (owners and parties, bureaus above and beside, other regions, unverified organisations
 * of every type, the platform, anonymous) × resources of another organisation and region. The
 * expected answer of each cell comes from the policy table (libs/shared/auth/policy.table.ts),
 * evaluated here by the test's own reading of it — with the resource facts this test's factory
 * created and the region closure table — not by the app's guard or facts readers.
 *
 * A route without an `x-policy` row, or a row no route uses, fails. Allowed cells must not be
 * refused (401/403, or 404 on a resource that exists); refused cells must answer 401/403/404
 * with the refusal the table implies; no cell may answer 5xx.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface DocOperation {
  'x-policy'?: string;
  parameters?: { in: string; name: string }[];
}

describe('authorisation matrix: every operation of the OpenAPI document against the policy table (e2e)', () => {
  let t: TestApp;
  let world: PolicyWorld;
  let doc: { paths: Record<string, Partial<Record<Method, DocOperation>>> };
  let closure: Set<string>;
  const within = (code: string, ancestor: string) => closure.has(`${ancestor}>${code}`);

  beforeAll(async () => {
    t = await createTestApp();
    world = await buildPolicyWorld(t);
    doc = (await api(t).get('/api/docs-json').expect(200)).body;
    const rows: { a: string; d: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT ancestor_code AS a, descendant_code AS d FROM region_closure`);
    closure = new Set(rows.map((r) => `${r.a}>${r.d}`));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      (Object.entries(ops) as [Method, DocOperation][])
        .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map(([method, op]) => ({ path, method, op })),
    );

  it('names a row of the policy table on every operation, and every row is used', () => {
    const names = operations().map(({ path, method, op }) => ({
      at: `${method.toUpperCase()} ${path}`,
      name: op['x-policy'],
    }));
    expect(
      names.filter((n) => !n.name || !(n.name in POLICY)).map((n) => `${n.at} → ${n.name ?? 'no x-policy'}`),
    ).toEqual([]);
    const used = new Set(names.map((n) => n.name));
    const unused = (Object.entries(POLICY) as [OperationName, OperationPolicy][])
      .filter(([name, row]) => !used.has(name) && !row.checkedIn)
      .map(([name]) => name);
    expect(unused).toEqual([]);
  });

  it('answers every cell as the table says', async () => {
    const problems: string[] = [];
    let cells = 0;
    for (const { path, method, op } of operations()) {
      const name = op['x-policy'] as OperationName;
      const row: OperationPolicy = POLICY[name];
      const kind = row.resource?.kind;
      const resourceId = kind && row.resource?.id === 'param:id' ? world.ids[kind] : undefined;
      const url =
        path
          .replace('{id}', resourceId ?? unknownId())
          .replace('{applicationId}', unknownId())
          .replace('{attachmentId}', world.ids.attachment!)
          .replace('{kind}', 'needs')
          .replace('{regionCode}', world.region)
          .replace('{code}', world.region)
          .replace('{year}', '2099') + `?region=${world.region}&regionCode=${world.region}&scope=region`;
      const facts = kind ? world.facts[kind] : undefined;
      const call = async (c: WorldCaller) => {
        let req = request(t.http)[method](url).timeout(20_000);
        if (c.org)
          req = req.set(
            'Authorization',
            `Bearer ${name === 'auth.logout' ? await world.freshToken(c.org) : c.org.accessToken}`,
          );
        return method === 'get' || method === 'delete' ? req : req.send({ regionCode: world.region });
      };
      // Callers in small parallel batches: quick, and still a modest load.
      for (let i = 0; i < world.callers.length; i += 6) {
        const batch = world.callers.slice(i, i + 6);
        const answers = await Promise.all(
          batch.map((c) => call(c).catch((err: Error) => ({ status: 0, body: { code: `no answer: ${err.message}` } }))),
        );
        batch.forEach((c, j) => {
          cells++;
          const res = answers[j]!;
          const want = expectation(row, c.caller, facts, within);
          const cell = `${method.toUpperCase()} ${path} [${name}] as ${c.label}: expected ${want.allow ? 'allow' : `deny (${want.refusal})`}, got ${res.status} ${res.body?.code ?? ''}`;
          if (res.status === 0 || res.status >= 500) return void problems.push(cell);
          if (want.allow) {
            const refused =
              res.status === 401 ||
              res.status === 403 ||
              (res.status === 404 && kind !== undefined && resourceId !== undefined);
            if (refused) problems.push(cell);
            return;
          }
          const code = res.body?.code as string | undefined;
          const fits =
            want.refusal === 'unauthenticated' || want.refusal === 'api-key'
              ? res.status === 401
              : want.refusal === 'unverified'
                ? res.status === 403 && code === 'ORG_NOT_VERIFIED'
                : want.refusal === 'forbidden'
                  ? res.status === 403
                  : res.status === 403 || res.status === 404;
          if (!fits || typeof code !== 'string') problems.push(cell);
        });
      }
    }
    expect({ cells: cells > 2000, problems }).toEqual({ cells: true, problems: [] });
  }, 240_000);
});
