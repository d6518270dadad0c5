/**
 * Generated ledgers for the statistics property test (statistics.int-spec.ts): regions whose
 * rollups cross city, province and pseudo-city borders, contract types, fields, scopes and
 * periods to ask for, and fast-check arbitraries of certified contracts with their amendments
 * and cancellations.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { permissionsOf, type Principal } from '../../../shared/auth/index.js';
import type { LedgerEntry } from '../ledger-entry.js';
// Counties of 淮北 and 亳州 (安徽), 淮北 city itself (a contract filed at city level) and one
// county of 丹东 (辽宁), so flows and subtrees cross city and province borders.
// Also 安徽 itself (filed at province level), a district of 北京 (directly under a
// municipality) and 仙桃 (under the pseudo-city 429000), which the city rollups must fold right.
export const LEAVES = [
  '340602',
  '340603',
  '340621',
  '341602',
  '341623',
  '340600',
  '210602',
  '340000',
  '110101',
  '429004',
];
export const TYPES: [string, string][] = [
  ['development', 'development.commissioned'],
  ['transfer', 'transfer.patent'],
  ['licence', 'licence.exclusive'],
  ['service', 'service.training'],
];
export const FIELDS = ['01', '05', '09'];
export const SCOPES: (string | null)[] = [null, '340000', '340600', '341600', '340621', '210000', '420000', '110000'];
export const PERIODS: [string, string][] = [
  ['2024-01-01', '2024-12-01'],
  ['2025-01-01', '2025-12-01'],
  ['2025-07-01', '2025-09-01'],
  ['2025-02-01', '2025-02-01'],
  ['2024-01-01', '2025-12-01'],
];

export function principal(over: Partial<Principal>): Principal {
  return {
    userId: randomUUID(),
    orgId: randomUUID(),
    orgType: 'bureau',
    orgVerified: true,
    regionCode: '210600',
    roles: ['bureau_staff'],
    ...over,
    permissions: permissionsOf({
      roles: over.roles ?? ['bureau_staff'],
      orgType: over.orgType ?? 'bureau',
      orgVerified: over.orgVerified ?? true,
    }),
  };
}

export function entry(over: Partial<LedgerEntry>): LedgerEntry {
  return {
    contractId: randomUUID(),
    registrationNo: `T${Math.random().toString(36).slice(2, 10)}`,
    entryKind: 'certified',
    source: 'platform',
    effectiveDate: '2025-03-15',
    sellerRegionCode: '340602',
    buyerRegionCode: '341623',
    registryRegionCode: '340602',
    contractTypeCode: 'development',
    contractSubtypeCode: 'development.commissioned',
    techFieldCode: '01',
    countDelta: 1,
    contractAmountFen: '100000000',
    techAmountFen: '80000000',
    contractName: '测试合同',
    sellerName: '卖方',
    buyerName: '买方',
    ...over,
  };
}

const day = fc.record({
  y: fc.constantFrom(2024, 2025),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
});
const iso = (x: { y: number; m: number; d: number }) =>
  `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;

/** Random certified contracts, each followed by up to two amendments and maybe a cancellation. */
export const ledgerArb = fc
  .array(
    fc.record({
      seller: fc.constantFrom(...LEAVES),
      buyer: fc.constantFrom(...LEAVES),
      registry: fc.constantFrom(...LEAVES),
      type: fc.constantFrom(...TYPES),
      field: fc.constantFrom(...FIELDS),
      certified: day,
      amount: fc.bigInt({ min: 0n, max: 50_000_000_000n }),
      techShare: fc.integer({ min: 0, max: 100 }),
      amendments: fc.array(
        fc.record({
          at: day,
          delta: fc.bigInt({ min: -1_000_000_000n, max: 1_000_000_000n }),
          reclassify: fc.option(fc.constantFrom(...LEAVES), { nil: undefined }),
        }),
        { maxLength: 2 },
      ),
      cancel: fc.option(day, { nil: undefined }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((contracts) => {
    const all: LedgerEntry[][] = [];
    for (const c of contracts) {
      const out: LedgerEntry[] = [];
      all.push(out);
      const id = randomUUID();
      let key = {
        sellerRegionCode: c.seller,
        buyerRegionCode: c.buyer,
        registryRegionCode: c.registry,
        contractTypeCode: c.type[0],
        contractSubtypeCode: c.type[1],
        techFieldCode: c.field,
      };
      let amount = c.amount;
      const tech = (c.amount * BigInt(c.techShare)) / 100n;
      const base = {
        contractId: id,
        registrationNo: id.slice(0, 12),
        source: 'platform' as const,
        contractName: 'x',
        sellerName: 's',
        buyerName: 'b',
      };
      out.push({
        ...base,
        ...key,
        entryKind: 'certified',
        effectiveDate: iso(c.certified),
        countDelta: 1,
        contractAmountFen: `${amount}`,
        techAmountFen: `${tech}`,
      });
      for (const a of c.amendments) {
        const at = iso(a.at) < iso(c.certified) ? iso(c.certified) : iso(a.at);
        if (a.reclassify) {
          out.push({
            ...base,
            ...key,
            entryKind: 'amendment',
            effectiveDate: at,
            countDelta: -1,
            contractAmountFen: `${-amount}`,
            techAmountFen: `${-tech}`,
          });
          key = { ...key, buyerRegionCode: a.reclassify };
          out.push({
            ...base,
            ...key,
            entryKind: 'amendment',
            effectiveDate: at,
            countDelta: 1,
            contractAmountFen: `${amount}`,
            techAmountFen: `${tech}`,
          });
        } else {
          out.push({
            ...base,
            ...key,
            entryKind: 'amendment',
            effectiveDate: at,
            countDelta: 0,
            contractAmountFen: `${a.delta}`,
            techAmountFen: '0',
          });
          amount += a.delta;
        }
      }
      if (c.cancel) {
        const at = iso(c.cancel) < iso(c.certified) ? iso(c.certified) : iso(c.cancel);
        // A cancellation takes out whatever is left; its amounts must not be positive.
        out.push({
          ...base,
          ...key,
          entryKind: 'cancellation',
          effectiveDate: at,
          countDelta: -1,
          contractAmountFen: `${amount > 0n ? -amount : 0n}`,
          techAmountFen: `${-tech}`,
        });
      }
    }
    return all;
  });
