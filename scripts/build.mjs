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

// Precompressed copies (.br, .gz) of the web app's text files, made once here rather than on
// every request: the api serves them with Content-Encoding when the browser accepts it
// (apps/api/src/web/web-app.middleware.ts). Hashed assets never change, so only new ones are
// compressed; index.html is redone on every build.
{
  const { readdirSync, readFileSync, statSync, writeFileSync, existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { brotliCompressSync, gzipSync, constants } = await import('node:zlib');
  const root = 'dist/web';
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  for (const file of walk(root)) {
    if (!/\.(js|css|html|svg|json|txt)$/.test(file) || statSync(file).size < 1024) continue;
    const hashed = file.includes(`${join(root, 'assets')}`);
    if (hashed && existsSync(`${file}.br`) && existsSync(`${file}.gz`)) continue;
    const body = readFileSync(file);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  }
}
