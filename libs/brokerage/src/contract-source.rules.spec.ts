import { Permission, type Principal } from '../../shared/auth/index.js';
import {
  brokerIsParty,
  contractableStage,
  contractAuthorship,
  defaultIntermediary,
  isAcceptedParty,
} from './contract-source.rules.js';
import type { DealContractSource } from './deal.types.js';

const source = (over: Partial<DealContractSource> = {}): DealContractSource => ({
  id: 'd1',
  stage: 'signed',
  brokerUserId: 'u-broker',
  brokerOrgId: 'o-agency',
  parties: [
    { orgId: 'o-seller', role: 'seller', status: 'accepted', regionCode: '340621' },
    { orgId: 'o-buyer', role: 'buyer', status: 'accepted', regionCode: '341623' },
  ],
  ...over,
});
const principal = (over: Partial<Principal>): Principal => ({
  userId: 'u-x',
  orgId: 'o-x',
  orgType: 'enterprise',
  orgVerified: true,
  regionCode: '340600',
  roles: ['org_admin'],
  permissions: new Set(),
  ...over,
});
const broker = principal({ userId: 'u-broker', orgId: 'o-agency', orgType: 'broker_agency', roles: ['broker'] });

describe('a deal as the source of a contract', () => {
  it('leads to a contract only once signed', () => {
    expect(contractableStage(source())).toBe(true);
    for (const stage of ['lead', 'contacted', 'introduced', 'negotiating', 'dropped'] as const)
      expect(contractableStage(source({ stage }))).toBe(false);
  });

  it('names the broker organisation as intermediary unless it is itself a party', () => {
    expect(brokerIsParty(source())).toBe(false);
    expect(defaultIntermediary(source())).toBe('o-agency');
    const ownDeal = source({ brokerOrgId: 'o-seller' });
    expect(brokerIsParty(ownDeal)).toBe(true);
    expect(defaultIntermediary(ownDeal)).toBeNull();
    expect(defaultIntermediary(undefined)).toBeNull();
  });

  it('counts accepted parties only, and leaves unregistered counterparts (null) alone', () => {
    const s = source({
      parties: [
        { orgId: 'o-seller', role: 'seller', status: 'accepted', regionCode: '340621' },
        { orgId: 'o-buyer', role: 'buyer', status: 'invited', regionCode: '341623' },
      ],
    });
    expect(isAcceptedParty(s, 'o-seller')).toBe(true);
    expect(isAcceptedParty(s, 'o-buyer')).toBe(false);
    expect(isAcceptedParty(s, 'o-stranger')).toBe(false);
    expect(isAcceptedParty(s, null)).toBe(true);
  });
});

describe('who writes a contract from a deal', () => {
  it('the seller writes its own contract, with or without a deal it accepted', () => {
    const seller = principal({ orgId: 'o-seller' });
    expect(contractAuthorship(seller, 'o-seller', 'o-buyer', undefined)).toBe('seller');
    expect(contractAuthorship(seller, 'o-seller', 'o-buyer', source())).toBe('seller');
  });

  it('a seller naming a deal it is not an accepted party of is refused', () => {
    const seller = principal({ orgId: 'o-seller' });
    const invited = source({
      parties: [{ orgId: 'o-seller', role: 'seller', status: 'invited', regionCode: '340621' }],
    });
    expect(contractAuthorship(seller, 'o-seller', 'o-buyer', invited)).toBe('seller-not-in-deal');
  });

  it('the deal broker writes for accepted parties, or for an unregistered buyer', () => {
    expect(contractAuthorship(broker, 'o-seller', 'o-buyer', source())).toBe('deal-broker');
    expect(contractAuthorship(broker, 'o-seller', null, source())).toBe('deal-broker');
    expect(contractAuthorship(broker, 'o-seller', 'o-stranger', source())).toBe('forbidden');
  });

  it('an admin of the broker organisation managing its deals writes too; a plain colleague does not', () => {
    const colleague = { ...broker, userId: 'u-colleague' };
    expect(contractAuthorship(colleague, 'o-seller', 'o-buyer', source())).toBe('forbidden');
    expect(
      contractAuthorship(
        { ...colleague, permissions: new Set([Permission.DEAL_MANAGE]) },
        'o-seller',
        'o-buyer',
        source(),
      ),
    ).toBe('deal-broker');
  });

  it('nobody else writes, and no broker without a deal', () => {
    expect(contractAuthorship(principal({ orgId: 'o-buyer' }), 'o-seller', 'o-buyer', source())).toBe('forbidden');
    expect(contractAuthorship(broker, 'o-seller', 'o-buyer', undefined)).toBe('forbidden');
  });
});
