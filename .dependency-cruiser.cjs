/**
 * Import boundaries (npm run lint): the folders are the architecture. A lib is used through its
 * index.ts only (or its rules.ts: pure rules and constants, for a worker thread); libs never import apps; libs/shared imports no domain lib; no cycles.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide which module owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'shared-imports-no-domain-lib',
      severity: 'error',
      from: { path: '^libs/shared/' },
      to: { path: '^libs/(?!shared/)' },
    },
    {
      name: 'lib-through-its-index',
      severity: 'error',
      comment:
        'Another domain lib is reached through its index.ts (its exported services and read models), never by reaching into its files.',
      from: { path: '^libs/([^/]+)/', pathNot: '^libs/shared/' },
      to: { path: '^libs/(?!$1/|shared/)[^/]+/src/', pathNot: '^libs/[^/]+/src/(index|rules)\\.ts$' },
    },
    {
      name: 'apps-use-libs-through-their-index',
      severity: 'error',
      from: { path: '^(apps|scripts|seeds)/' },
      to: { path: '^libs/(?!shared/)[^/]+/src/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|coverage|test-output|\\.data)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
