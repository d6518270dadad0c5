import { DataSource } from 'typeorm';
import { loadDemoData } from '../seeds/demo/load-demo.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * The app on a fresh database with the demo market loaded, for one describe block (started in
 * its beforeAll, closed in its afterAll): `const app = useDemoApp();` then `app()` in a test.
 */
export function useDemoApp(): () => TestApp {
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoData(t.app.get(DataSource));
  }, 120_000);
  afterAll(() => t?.close());
  return () => t!;
}
