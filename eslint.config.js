// Lint for every TypeScript source: the recommended JavaScript and typescript-eslint rules, React
// hooks rules for the web app. Formatting is prettier's (npm run lint checks both); import
// boundaries are dependency-cruiser's (.dependency-cruiser.cjs).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const OWNED_TABLE = String.raw`\b(FROM|JOIN|INTO|UPDATE)\s+(organization|app_user|auth_session|refresh_token|login_throttle)\b|\bregion_closure\b`;
const OWNED_TABLE_MESSAGE =
  "Another lib's table: read identity's data through OrgDirectoryService (or the org_summary view) and region subtrees through RegionService (or the region_subtree view).";
const OWNED_TABLE_RULES = [
  { selector: `Literal[value=/${OWNED_TABLE}/i]`, message: OWNED_TABLE_MESSAGE },
  { selector: `TemplateElement[value.raw=/${OWNED_TABLE}/i]`, message: OWNED_TABLE_MESSAGE },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data*/**', 'coverage/**', 'test-output/**', 'apps/web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    // Plain ESM scripts run by Node (build, test harness, tools).
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Table ownership (issue 15): a lib reads another context's data through that lib's exports,
    // never its tables. Identity's tables are read elsewhere only through OrgDirectoryService or
    // the org_summary view; reference's region_closure only through RegionService or the
    // region_subtree view (SQL in string literals and template literals is checked).
    files: ['libs/**/*.ts', 'apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    ignores: ['libs/identity/**', 'libs/reference/**', 'libs/shared/database/migrations/**'],
    rules: {
      'no-restricted-syntax': ['error', ...OWNED_TABLE_RULES],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
