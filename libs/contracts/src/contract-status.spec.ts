import { CONTRACT_STATUSES, canApply, nextStatus } from './contract-status.js';

describe('contract status machine', () => {
  it('walks draft → submitted → rejected → submitted → certified', () => {
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(nextStatus('submitted', 'reject')).toBe('rejected');
    expect(nextStatus('rejected', 'edit')).toBe('rejected');
    expect(nextStatus('rejected', 'submit')).toBe('submitted');
    expect(nextStatus('submitted', 'certify')).toBe('certified');
  });

  it('never edits, resubmits or recertifies a certified contract; only amend/cancel', () => {
    expect(nextStatus('certified', 'edit')).toBeUndefined();
    expect(nextStatus('certified', 'submit')).toBeUndefined();
    expect(nextStatus('certified', 'certify')).toBeUndefined();
    expect(nextStatus('certified', 'amend')).toBe('certified');
    expect(nextStatus('certified', 'cancel')).toBe('certified');
    for (const s of CONTRACT_STATUSES.filter((x) => x !== 'certified')) {
      expect([s, canApply(s, 'amend'), canApply(s, 'cancel')]).toEqual([s, false, false]);
    }
  });

  it('refuses certifying or rejecting what was not submitted, and editing while under review', () => {
    expect(nextStatus('draft', 'certify')).toBeUndefined();
    expect(nextStatus('rejected', 'reject')).toBeUndefined();
    expect(nextStatus('submitted', 'edit')).toBeUndefined();
  });
});
