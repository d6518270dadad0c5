// Compiles every TypeScript source to dist/ with swc (same transform as the tests: legacy
// decorators + decorator metadata, ESM). Type checking is `npm run typecheck` (tsc --noEmit),
// kept separate so that `npm start` stays fast.
import { spawnSync } from 'node:child_process';


// dist/ is overwritten in place (not deleted) so that a concurrent test run keeps its harness.
const dirs = ['apps/api/src', 'apps/worker/src', 'libs', 'seeds', 'scripts'];
const r = spawnSync(
  process.execPath,
  ['node_modules/@swc/cli/bin/swc.js', ...dirs, '-d', 'dist', '--config-file', '.swcrc', '--only', '**/*.ts', '--ignore', '**/*.spec.ts', '--quiet'],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
