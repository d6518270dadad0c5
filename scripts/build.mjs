// Compiles every TypeScript source to dist/ with swc (same transform as the tests: legacy
// decorators + decorator metadata, ESM). Type checking is `npm run typecheck` (tsc --noEmit),
// kept separate so that `npm start` stays fast. Then Vite builds the web app into dist/web.
import { spawnSync } from 'node:child_process';

// dist/ is overwritten in place (not deleted) so that a concurrent test run keeps its harness.
const dirs = ['apps/api/src', 'apps/worker/src', 'libs', 'seeds', 'scripts'];
const r = spawnSync(
  process.execPath,
  [
    'node_modules/@swc/cli/bin/swc.js',
    ...dirs,
    '-d',
    'dist',
    '--config-file',
    '.swcrc',
    '--only',
    '**/*.ts',
    '--ignore',
    '**/*.spec.ts',
    '--quiet',
  ],
  { stdio: 'inherit' },
);
if (r.status !== 0) process.exit(r.status ?? 1);

// The web app (apps/web, React + antd) into dist/web, which the api serves at `/`.
// `--server-only` (npm run build:server) skips it, for quick rebuilds of the harness.
if (process.argv.includes('--server-only')) process.exit(0);
const { build } = await import('vite');
try {
  await build({ configFile: 'apps/web/vite.config.mjs' });
} catch (err) {
  process.stderr.write(`web build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
