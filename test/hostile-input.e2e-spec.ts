import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { POLICY, type OperationName, type OperationPolicy } from '../libs/shared/auth/index.js';
import { bearer, createOrgWithAdmin, createPlatformAdmin, loginAs } from './factories/identity.factory.js';
import { expectation } from './factories/policy-expectation.js';
import { buildPolicyWorld, type PolicyWorld } from './factories/policy-world.factory.js';
import { casesFor, type HostileCase } from './hostile/cases.js';
import { operationsOf, type OpenApiDocument, type Operation } from './hostile/openapi.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Requests in flight at once: enough to overlap I/O, few enough for 2 shared cores. */
const CONCURRENCY = 6;
/** A request that takes longer is a hang, reported as such. */
const REQUEST_TIMEOUT_MS = 15_000;
/**
 * After this the suite stops sending and reports what it has (a server that hangs for good; a
 * single hanging request is caught by REQUEST_TIMEOUT_MS). 18,000 requests take ~40 s on two
 * idle cores and went past 240 s at a load average of 8 (colleagues' suites on the same cores).
 */
const BUDGET_MS = 540_000;

interface Principal {
  name: string;
  headers: () => Promise<Record<string, string>>;
}

interface Outcome {
  status: number;
  code: unknown;
  message: unknown;
  details: unknown;
}

/**
 * Issue 14: every operation of the OpenAPI document, called anonymously and as a principal that
 * gets past the guard, with hostile input (wrong types, missing and empty bodies, huge and deep
 * values, control characters, injection strings in path, query, headers and body, out-of-range
 * numbers, arrays for objects and the reverse, broken uploads). Never 5xx, never a hang; every
 * error answer is JSON with a string `code`; input wrong whatever the data answers 4xx.
 */
describe('hostile input on every operation of the OpenAPI document (e2e)', () => {
  let t: TestApp;
  let base: string;
  let doc: OpenApiDocument;
  let principals: Principal[];
  let world: PolicyWorld;
  let within: (code: string, ancestor: string) => boolean;

  beforeAll(async () => {
    // Hundreds of wrong logins from one address are the point here, not the per-IP lockout.
    t = await createTestApp({ LOGIN_IP_MAX_FAILURES: '10000' });
    const server = t.http as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    doc = (await request(base).get('/api/docs-json').expect(200)).body as OpenApiDocument;

    const platform = await createPlatformAdmin(t);
    const enterprise = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
    const key = await request(base)
      .post('/api/exchange/keys')
      .set(bearer(platform.accessToken))
      .send({
        partner: '敌意输入测试',
        scopes: ['listings:read', 'listings:push'],
        orgId: enterprise.org.id,
        rateLimitPerMinute: 100_000,
      })
      .expect(201);
    const fixed = (h: Record<string, string>) => async () => h;
    principals = [
      { name: 'partner API key', headers: fixed({ 'X-Api-Key': key.body.key as string }) },
      // Ends its session on success (logout): a fresh one for every request.
      { name: 'fresh session', headers: async () => bearer((await loginAs(t, platform.user.email)).accessToken) },
    ];
    // A market with one resource of every kind and callers of every kind around it: each
    // operation is sent, on a real resource, by a caller the policy table lets through, so that
    // the hostile input reaches the validators and the service rather than stopping at the guard.
    world = await buildPolicyWorld(t);
    const closure = new Set(
      (
        (await t.app.get(DataSource).query(`SELECT ancestor_code AS a, descendant_code AS d FROM region_closure`)) as {
          a: string;
          d: string;
        }[]
      ).map((r) => `${r.a}>${r.d}`),
    );
    within = (code, ancestor) => closure.has(`${ancestor}>${code}`);
  });
  afterAll(async () => {
    await t.close();
  });

  const send = async (op: Operation, c: HostileCase, headers: Record<string, string>): Promise<Outcome | Error> => {
    const url = c.query ? `${c.path}?${c.query}` : c.path;
    let req = request(base)[op.method](url).timeout({ deadline: REQUEST_TIMEOUT_MS });
    for (const [k, v] of Object.entries({ ...c.headers, ...headers })) req = req.set(k, v);
    const b = c.body;
    if (b?.type === 'json') req = req.set('Content-Type', 'application/json').send(JSON.stringify(b.value));
    if (b?.type === 'raw') req = req.set('Content-Type', b.contentType).send(b.text);
    if (b?.type === 'multipart') {
      for (const [k, v] of Object.entries(b.fields)) req = req.field(k, v);
      for (const f of b.files) req = req.attach(f.field, f.content, f.name);
    }
    try {
      const res = await req.ok(() => true);
      const body = res.body as { code?: unknown; message?: unknown; details?: unknown } | undefined;
      return { status: res.status, code: body?.code, message: body?.message, details: body?.details };
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  };

  /** What is wrong with an answer, or undefined. */
  const judge = (c: HostileCase, o: Outcome | Error): string | undefined => {
    if (o instanceof Error)
      return (o as Error & { timeout?: number }).timeout
        ? `no answer within ${REQUEST_TIMEOUT_MS} ms`
        : `request failed: ${o.message}`;
    const what = `${o.status} ${String(o.code)} ${String(o.message ?? '').slice(0, 120)}`;
    if (o.status >= 500) return what;
    if (o.status >= 400 && typeof o.code !== 'string') return `${what} (no code)`;
    if (c.expect === 'client-error' && (o.status < 400 || o.status >= 500)) return `${what} (expected 4xx)`;
    return undefined;
  };

  /** A caller the policy table lets do `op` on the world's resource of its kind. */
  const principalFor = (op: Operation, row: OperationPolicy): Principal => {
    if (op.id === 'POST /api/auth/logout') return principals.find((p) => p.name === 'fresh session')!;
    if (row.apiKey) return principals.find((p) => p.name === 'partner API key')!;
    const facts = row.resource ? world.facts[row.resource.kind] : undefined;
    const allowed = world.callers.filter((c) => c.org && expectation(row, c.caller, facts, within).allow);
    const c = allowed[0] ?? world.callers.find((x) => x.label === 'platform admin')!;
    return { name: c.label, headers: async () => bearer(c.org!.accessToken) };
  };

  /** Path parameters naming the world's resources (hostile cases still replace them one at a time). */
  const pathFor = (row: OperationPolicy): Record<string, string> => {
    const kind = row.resource?.kind;
    return {
      ...(kind && row.resource?.id === 'param:id' && world.ids[kind] ? { id: world.ids[kind]! } : {}),
      kind: 'needs',
      attachmentId: world.ids.attachment!,
      regionCode: world.region,
      code: world.region,
    };
  };

  it(
    'answers every hostile request with a coded 4xx (or a 2xx for legitimate text), never 5xx or a hang',
    async () => {
      const started = Date.now();
      const ops = operationsOf(doc);
      const anonymous: Principal = { name: 'anonymous', headers: async () => ({}) };
      const jobs: { op: Operation; c: HostileCase; who: Principal }[] = [];
      for (const op of ops) {
        const row: OperationPolicy = POLICY[op.policy as OperationName];
        const cases = casesFor(doc, op, pathFor(row));
        const who = principalFor(op, row);
        for (const c of cases) jobs.push({ op, c, who: anonymous }, { op, c, who });
      }

      const failures: string[] = [];
      const exercised = new Set<string>();
      const validated = new Set<string>();
      let next = 0;
      const worker = async () => {
        while (next < jobs.length && Date.now() - started < BUDGET_MS) {
          const { op, c, who } = jobs[next++]!;
          const o = await send(op, c, await who.headers());
          exercised.add(op.id);
          // Field details come from the validation pipe only (not the body parser or the router).
          if (
            !(o instanceof Error) &&
            who.name !== 'anonymous' &&
            o.code === 'VALIDATION_FAILED' &&
            Array.isArray(o.details)
          )
            validated.add(op.id);
          const wrong = judge(c, o);
          if (wrong) failures.push(`${op.id} [${who.name}] ${c.name}: ${wrong}`);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      if (next < jobs.length)
        failures.push(
          `stopped after ${BUDGET_MS / 1000} s with ${jobs.length - next} requests unsent: is the server hanging?`,
        );
      process.stdout.write(
        `[hostile] ${ops.length} operations, ${jobs.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );

      expect(failures.sort()).toEqual([]);
      // Every operation of the document was called, and every one that takes input answered a
      // field-level 400 to a signed-in principal: its validation ran, not only the guard.
      expect(ops.map((o) => o.id).filter((id) => !exercised.has(id))).toEqual([]);
      const takesInput = ops.filter((o) => o.params.length > 0 || o.jsonBody || o.multipart).map((o) => o.id);
      expect(takesInput.filter((id) => !validated.has(id))).toEqual([]);
    },
    BUDGET_MS + 2 * REQUEST_TIMEOUT_MS,
  );
});
