import { checkListingState, pickWritable } from './listing-input.js';
import { ListingInvalidFieldError } from './listings.errors.js';

const fieldOf = (fn: () => void): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ListingInvalidFieldError) return (e.details as { field: string }[])[0]!.field;
    throw e;
  }
  return undefined;
};

describe('listing input rules', () => {
  it('accepts a valid achievement with a price or negotiable', () => {
    expect(
      fieldOf(() => checkListingState('achievement', { trl: 6, priceFen: 100, transferModes: ['licence'] })),
    ).toBeUndefined();
    expect(
      fieldOf(() =>
        checkListingState('achievement', { trl: 9, negotiable: true, priceFen: null, transferModes: ['transfer'] }),
      ),
    ).toBeUndefined();
  });

  it('names the field of a bad TRL, price or budget', () => {
    expect(fieldOf(() => checkListingState('achievement', { trl: 10, priceFen: 1, transferModes: ['licence'] }))).toBe(
      'trl',
    );
    expect(fieldOf(() => checkListingState('achievement', { trl: 3, priceFen: -1, transferModes: ['licence'] }))).toBe(
      'priceFen',
    );
    expect(fieldOf(() => checkListingState('achievement', { trl: 3, priceFen: 1.5, transferModes: ['licence'] }))).toBe(
      'priceFen',
    );
    expect(fieldOf(() => checkListingState('achievement', { trl: 3, transferModes: ['licence'] }))).toBe('priceFen');
    expect(fieldOf(() => checkListingState('need', { budgetMinFen: 500, budgetMaxFen: 100 }))).toBe('budgetMaxFen');
    expect(fieldOf(() => checkListingState('challenge', { rewardFen: null }))).toBe('rewardFen');
  });

  it('keeps only the writable fields of the kind', () => {
    expect(pickWritable('challenge', { title: 't', rewardFen: 1, trl: 3, status: 'published' } as never)).toEqual({
      title: 't',
      rewardFen: 1,
    });
  });
});
