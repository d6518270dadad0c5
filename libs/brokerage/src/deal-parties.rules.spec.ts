import { Permission, type Principal } from '../../shared/auth/index.js';
import {
  isBrokerByRole,
  isDealBroker,
  mayAddNote,
  openingProblems,
  partyLabel,
  readyToSign,
  seesAsBroker,
  seesAsPartyOrBureau,
} from './deal-parties.rules.js';
import type { OpenDealInput } from './deal.types.js';

const principal = (over: Partial<Principal> = {}): Principal => ({
  userId: 'u-broker',
  orgId: 'o-agency',
  orgType: 'broker_agency',
  orgVerified: true,
  regionCode: '340600',
  roles: ['broker'],
  permissions: new Set(),
  ...over,
});
const deal = { brokerUserId: 'u-broker', brokerOrgId: 'o-agency' };
/** 濉溪县 lies under 淮北市; 利辛县 under 亳州市. */
const within = (code: string, ancestor: string) =>
  code === ancestor || (ancestor === '340600' && code === '340621') || (ancestor === '341600' && code === '341623');

describe('who is the broker of a deal', () => {
  it('is the user who opened it', () => {
    expect(isDealBroker(principal(), deal)).toBe(true);
  });

  it('is an admin of the broker organisation who manages its deals, not any colleague', () => {
    const colleague = principal({ userId: 'u-other' });
    expect(isDealBroker(colleague, deal)).toBe(false);
    expect(isDealBroker({ ...colleague, permissions: new Set([Permission.DEAL_MANAGE]) }, deal)).toBe(true);
  });

  it('is nobody from another organisation, whatever its permissions', () => {
    expect(
      isDealBroker(principal({ userId: 'u-x', orgId: 'o-x', permissions: new Set([Permission.DEAL_MANAGE]) }), deal),
    ).toBe(false);
  });

  it('counts broker agencies and users with the broker role as brokers', () => {
    expect(isBrokerByRole(principal({ roles: ['org_admin'] }))).toBe(true);
    expect(isBrokerByRole(principal({ orgType: 'enterprise', roles: ['broker'] }))).toBe(true);
    expect(isBrokerByRole(principal({ orgType: 'enterprise', roles: ['org_admin'] }))).toBe(false);
  });
});

describe('who sees a deal', () => {
  const parties = [
    { orgId: 'o-seller', regionCode: '340621' },
    { orgId: 'o-buyer', regionCode: '341623' },
  ];

  it('the platform, the broker and the broker organisation see it without its parties', () => {
    expect(seesAsBroker(principal({ userId: 'x', orgId: 'y', roles: ['platform_admin'] }), deal)).toBe(true);
    expect(seesAsBroker(principal(), deal)).toBe(true);
    expect(seesAsBroker(principal({ userId: 'u-colleague' }), deal)).toBe(true);
    expect(seesAsBroker(principal({ userId: 'x', orgId: 'o-seller' }), deal)).toBe(false);
  });

  it('a party sees it in any status', () => {
    expect(seesAsPartyOrBureau(principal({ orgId: 'o-buyer', orgType: 'enterprise' }), parties, within)).toBe(true);
  });

  it('a bureau sees it when a party lies in its subtree, not otherwise', () => {
    const bureau = (regionCode: string) =>
      principal({ orgId: 'o-bureau', orgType: 'bureau', roles: ['bureau_staff'], regionCode });
    expect(seesAsPartyOrBureau(bureau('340600'), parties, within)).toBe(true);
    expect(seesAsPartyOrBureau(bureau('341600'), parties, within)).toBe(true);
    expect(seesAsPartyOrBureau(bureau('371300'), parties, within)).toBe(false);
  });

  it('an enterprise in the region is not a bureau', () => {
    expect(
      seesAsPartyOrBureau(principal({ orgId: 'o-x', orgType: 'enterprise', regionCode: '340600' }), parties, within),
    ).toBe(false);
  });
});

describe('the timeline and signing', () => {
  it('takes notes from the broker who opened the deal and from accepted parties only', () => {
    const party = principal({ userId: 'u-p', orgId: 'o-seller', orgType: 'enterprise', roles: ['org_admin'] });
    expect(mayAddNote(principal(), deal, undefined)).toBe(true);
    expect(mayAddNote(party, deal, 'accepted')).toBe(true);
    expect(mayAddNote(party, deal, 'invited')).toBe(false);
    expect(mayAddNote(party, deal, 'declined')).toBe(false);
    expect(mayAddNote(principal({ userId: 'u-colleague' }), deal, undefined)).toBe(false);
  });

  it('signs only with a seller and a buyer who all accepted', () => {
    const seller = { role: 'seller' as const, status: 'accepted' as const };
    const buyer = { role: 'buyer' as const, status: 'accepted' as const };
    expect(readyToSign([seller, buyer])).toBe(true);
    expect(readyToSign([seller, { ...buyer, status: 'invited' }])).toBe(false);
    expect(readyToSign([seller, buyer, { role: 'buyer', status: 'declined' }])).toBe(false);
    expect(readyToSign([seller, { ...seller }])).toBe(false);
    expect(readyToSign([])).toBe(false);
  });
});

describe('opening a deal', () => {
  const input = (over: Partial<OpenDealInput> = {}): OpenDealInput => ({
    title: '秸秆还田机技术对接',
    matchRef: 'match-42',
    parties: [
      { orgId: 'o-seller', role: 'seller' },
      { orgId: 'o-buyer', role: 'buyer' },
    ],
    ...over,
  });
  const registered = new Set(['o-seller', 'o-buyer', 'o-admin']);
  const fields = (p: Principal, i: OpenDealInput) => openingProblems(p, i, registered).map((x) => x.field);

  it('accepts a broker opening a deal from a match between registered parties', () => {
    expect(fields(principal(), input())).toEqual([]);
  });

  it('needs a source', () => {
    expect(fields(principal(), input({ matchRef: undefined }))).toEqual(['source']);
    expect(fields(principal(), input({ matchRef: undefined, needId: 'n' }))).toEqual([]);
  });

  it('refuses the same organisation twice and organisations that are not registered', () => {
    expect(
      fields(
        principal(),
        input({
          parties: [
            { orgId: 'o-seller', role: 'seller' },
            { orgId: 'o-seller', role: 'buyer' },
          ],
        }),
      ),
    ).toEqual(['parties']);
    expect(fields(principal(), input({ parties: [{ orgId: 'o-ghost', role: 'seller' }] }))).toEqual([
      'parties.0.orgId',
    ]);
  });

  it('lets an organisation admin who is no broker open deals of its own organisation only', () => {
    const admin = principal({ userId: 'u-a', orgId: 'o-admin', orgType: 'enterprise', roles: ['org_admin'] });
    expect(fields(admin, input())).toEqual(['parties']);
    expect(fields(admin, input({ parties: [{ orgId: 'o-admin', role: 'buyer' }] }))).toEqual([]);
    expect(fields({ ...admin, roles: ['platform_admin'] }, input())).toEqual([]);
  });
});

describe('partyLabel', () => {
  it('names a party with its side, as the timeline shows it', () => {
    expect(partyLabel('临沂工学院', 'seller')).toBe('临沂工学院（卖方）');
    expect(partyLabel('临沂农机装备有限公司', 'buyer')).toBe('临沂农机装备有限公司（买方）');
  });
});
