import { publicationOver, requiresPricePublication } from './price-publication.rules.js';

describe('协议定价公示 rules', () => {
  it('applies to negotiated transfers and licences by universities and institutes', () => {
    expect(requiresPricePublication({ typeCode: 'transfer', negotiatedPrice: true, sellerOrgType: 'university' })).toBe(
      true,
    );
    expect(
      requiresPricePublication({ typeCode: 'licence', negotiatedPrice: true, sellerOrgType: 'research_institute' }),
    ).toBe(true);
  });

  it('does not apply to listed prices, other types or enterprises', () => {
    expect(
      requiresPricePublication({ typeCode: 'transfer', negotiatedPrice: false, sellerOrgType: 'university' }),
    ).toBe(false);
    expect(
      requiresPricePublication({ typeCode: 'development', negotiatedPrice: true, sellerOrgType: 'university' }),
    ).toBe(false);
    expect(requiresPricePublication({ typeCode: 'transfer', negotiatedPrice: true, sellerOrgType: 'enterprise' })).toBe(
      false,
    );
  });

  it('is over on its end date, not before', () => {
    expect(publicationOver('2025-03-16', '2025-03-15')).toBe(false);
    expect(publicationOver('2025-03-16', '2025-03-16')).toBe(true);
  });
});
