import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import request from 'supertest';
import { projectRoot } from '../libs/shared/config/index.js';
import { createTestApp, type TestApp } from './test-app.js';

/** The web app's API types, generated from the OpenAPI document of the real app. */
const SCHEMA_FILE = join(projectRoot(), 'apps', 'web', 'src', 'api', 'schema.d.ts');
const HEADER =
  "// Generated from the API's OpenAPI document (GET /api/docs-json) by openapi-typescript. Do not edit:\n" +
  '// change the controllers and DTOs in apps/api, then run `npm run api:types`.\n';

/** The file as `npm run api:types` writes it: openapi-typescript's output, formatted like every source. */
async function generate(doc: unknown): Promise<string> {
  const ast = await openapiTS(doc as Parameters<typeof openapiTS>[0], { alphabetize: true });
  const options = await prettier.resolveConfig(SCHEMA_FILE);
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: SCHEMA_FILE });
}

describe('web API types (apps/web/src/api/schema.d.ts)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('are what openapi-typescript makes of the current OpenAPI document', async () => {
    const doc = (await request(t.http).get('/api/docs-json').expect(200)).body as unknown;
    const fresh = await generate(doc);
    if (process.env.API_TYPES_WRITE === '1') writeFileSync(SCHEMA_FILE, fresh);
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // missing: reported below like a stale file
    }
    if (committed !== fresh)
      throw new Error(
        'apps/web/src/api/schema.d.ts is stale: the OpenAPI document changed. Regenerate it with `npm run api:types` and commit it.',
      );
  });
});
