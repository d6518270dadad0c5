import { envConfig, optionalText, pattern, requiredText, text } from './env-schema.js';

/** Meilisearch connection settings. */
export class SearchConfig extends envConfig({
  url: requiredText(
    'MEILI_URL',
    pattern(/^https?:\/\/[^\s/]+(:\d+)?\/?$/, 'must be an http(s) URL like http://127.0.0.1:7700'),
  ).map((url) => url.replace(/\/$/, '')),
  apiKey: optionalText('MEILI_MASTER_KEY', { test: (s) => s.length >= 16, message: 'must be at least 16 characters' }),
  indexPrefix: text(
    'SEARCH_INDEX_PREFIX',
    'tm_',
    pattern(/^[a-z][a-z0-9_]{0,30}$/, 'must be lower-case letters, digits or _ (max 31)'),
  ),
}) {}
