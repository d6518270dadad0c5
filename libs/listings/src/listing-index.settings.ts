import type { IndexSettings } from '../../search/src/index.js';

/** Attributes a filter may name; user input never picks an attribute outside this list. */
export const FILTERABLE_ATTRIBUTES = [
  'kind',
  'status',
  'audience',
  'techFieldCode',
  'regionCode',
  'regionCodes',
  'orgType',
  'anonymous',
  'priceFen',
  'publishedAt',
  'trl',
  'transferModes',
  'achievementType',
  'cooperationModes',
];

export const SORTABLE_ATTRIBUTES = ['publishedAt', 'priceFen', 'trl'];

/** Settings of the three listing indexes; declared before any document is added. */
export function listingIndexSettings(synonyms: Record<string, string[]>): IndexSettings {
  return {
    primaryKey: 'id',
    // grams last: a word found only inside a longer word ranks below the listings that use it whole
    searchableAttributes: ['title', 'keywords', 'description', 'orgName', 'industry', 'grams'],
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    sortableAttributes: SORTABLE_ATTRIBUTES,
    synonyms,
    localizedChinese: true,
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'publishedAt:desc'],
    // Word pairs counted within an attribute, not by word distance: indexing ×N cheaper at the
    // same relevance (libs/search/README.md).
    proximityPrecision: 'byAttribute',
  };
}
