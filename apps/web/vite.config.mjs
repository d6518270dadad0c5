// Builds the browser app into dist/web, which the api serves at `/` (see
// apps/api/src/web/web-app.middleware.ts). Plain JS so that no Node typings leak into the web
// tsconfig. JSX goes through Vite's own oxc transform (automatic runtime): no React plugin is
// needed for a production build, and `npx vite --config apps/web/vite.config.mjs` still serves it.
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default {
  root: here('.'),
  base: '/',
  publicDir: here('./public'),
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: here('../../dist/web'),
    // not emptied: a test run serving dist/web meanwhile keeps the assets its pages reference
    emptyOutDir: false,
    chunkSizeWarningLimit: 2500,
    assetsInlineLimit: 0,
    rolldownOptions: {
      // antd marks its modules "use client" for React Server Components; meaningless in a SPA
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // ws: the live bids socket (/api/live) goes through the same proxy.
  server: { proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true } } },
};
