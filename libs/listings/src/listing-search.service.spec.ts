import { compileFilter } from '../../search/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { FILTERABLE_ATTRIBUTES } from './listing-index.settings.js';
import { buildListingFilter } from './listing-search.service.js';

const allowed = new Set(FILTERABLE_ATTRIBUTES);
const verified = { orgVerified: true } as Principal;

describe('buildListingFilter', () => {
  it('always restricts to published, public listings for anonymous callers', () => {
    expect(compileFilter(buildListingFilter('need', { page: 1, pageSize: 20 }, undefined), allowed)).toBe(
      '(status = "published" AND audience IN ["public"])',
    );
  });

  it('lets verified organisations see verified-only needs', () => {
    expect(compileFilter(buildListingFilter('need', { page: 1, pageSize: 20 }, verified), allowed)).toContain(
      'audience IN ["public", "verified"]',
    );
  });

  it('quotes injected values so they stay literals inside the published restriction', () => {
    const f = compileFilter(
      buildListingFilter(
        'achievement',
        { techFieldCodes: ['01" OR status = "draft'], region: '1 OR 1=1', page: 1, pageSize: 20 },
        undefined,
      ),
      allowed,
    );
    expect(f).toBe(
      '(status = "published" AND audience IN ["public"] AND techFieldCode IN ["01\\" OR status = \\"draft"] AND regionCodes = "1 OR 1=1")',
    );
  });

  it('applies kind-specific filters only to their kind', () => {
    const q = {
      trlMin: 4,
      trlMax: 7,
      transferModes: ['licence'],
      cooperationModes: ['consulting'],
      priceMaxFen: 500,
      page: 1,
      pageSize: 20,
    };
    const a = compileFilter(buildListingFilter('achievement', q, undefined), allowed);
    expect(a).toContain('(trl >= 4 AND trl <= 7)');
    expect(a).toContain('transferModes IN ["licence"]');
    expect(a).toContain('(priceFen <= 500)');
    expect(a).not.toContain('cooperationModes');
    const n = compileFilter(buildListingFilter('need', q, undefined), allowed);
    expect(n).not.toContain('trl');
    expect(n).toContain('cooperationModes IN ["consulting"]');
  });
});
