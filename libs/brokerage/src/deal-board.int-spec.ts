import { randomBytes, randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { provisionOrganization } from '../../identity/src/index.js';
import { permissionsOf, type OrgType, type Principal, type Role } from '../../shared/auth/index.js';
import { useTestModule } from '../../shared/testing/index.js';
import { JobsModule } from '../../shared/jobs/index.js';
import { SearchModule } from '../../search/src/index.js';
import { BrokerageModule } from './brokerage.module.js';
import type { DealStage } from './deal-stage.js';
import { DealService } from './deal.service.js';

describe('deal board (real PostgreSQL)', () => {
  // brokerage reads listings (commission estimates), which index through search and the job queue
  const lib = useTestModule([JobsModule, SearchModule, BrokerageModule]);
  let ds: DataSource;
  let deals: DealService;

  async function member(type: OrgType, regionCode: string, roles: Role[]): Promise<Principal> {
    const { orgId, userIds } = await provisionOrganization(
      ds.manager,
      {
        type,
        name: `测试单位${randomBytes(3).toString('hex')}`,
        creditCode: randomBytes(9).toString('hex'),
        regionCode,
      },
      [{ email: `${randomUUID()}@example.cn`, displayName: '测试用户', roles, passwordHash: 'x' }],
    );
    return {
      userId: userIds[0]!,
      orgId,
      orgType: type,
      orgVerified: true,
      regionCode,
      roles,
      permissions: permissionsOf({ roles, orgType: type, orgVerified: true }),
    };
  }

  /** A broker with deals in every stage of one party pair; returns who is who. */
  async function market(counts: Record<DealStage, number>) {
    const broker = await member('broker_agency', '340600', ['broker']);
    const seller = await member('enterprise', '340621', ['org_admin']); // 濉溪县, 淮北
    const buyer = await member('enterprise', '341623', ['org_admin']); // 利辛县, 亳州
    const path: Record<DealStage, DealStage[]> = {
      lead: [],
      contacted: ['contacted'],
      introduced: ['contacted', 'introduced'],
      negotiating: ['contacted', 'introduced', 'negotiating'],
      signed: ['contacted', 'introduced', 'negotiating', 'signed'],
      dropped: ['dropped'],
    };
    const ids: Record<string, string[]> = {};
    for (const [stage, n] of Object.entries(counts) as [DealStage, number][]) {
      ids[stage] = [];
      for (let i = 0; i < n; i++) {
        let d = await deals.open(broker, {
          title: `${stage} ${i}`,
          matchRef: `m-${stage}-${i}`,
          parties: [
            { orgId: seller.orgId, role: 'seller' },
            { orgId: buyer.orgId, role: 'buyer' },
          ],
        });
        // past 已联系 a deal waits for its parties to accept
        if (['introduced', 'negotiating', 'signed'].includes(stage)) {
          await deals.respond(seller, d.id, true);
          d = await deals.respond(buyer, d.id, true);
        }
        for (const to of path[stage]) d = await deals.move(broker, d.id, to, d.version);
        ids[stage]!.unshift(d.id); // newest activity first
      }
    }
    return { broker, seller, buyer, ids };
  }

  beforeAll(async () => {
    ds = lib.get(DataSource);
    deals = lib.get(DealService);
  });

  it('answers every column with its total and newest deals in two queries, whatever the number of columns', async () => {
    const { broker, ids } = await market({
      lead: 3,
      contacted: 2,
      introduced: 1,
      negotiating: 1,
      signed: 1,
      dropped: 1,
    });
    const query = jest.spyOn(ds, 'query');
    const board = await deals.board(broker, 'broker', undefined, 2);
    expect(query).toHaveBeenCalledTimes(2);
    query.mockRestore();

    expect(board.columns.map((c) => [c.stage, c.total, c.items.map((i) => i.id)])).toEqual([
      ['lead', 3, ids.lead!.slice(0, 2)],
      ['contacted', 2, ids.contacted],
      ['introduced', 1, ids.introduced],
      ['negotiating', 1, ids.negotiating],
      ['signed', 1, ids.signed],
      ['dropped', 1, ids.dropped],
    ]);
    const item = board.columns[4]!.items[0]!;
    expect(item.parties.map((p) => [p.role, p.status])).toEqual([
      ['seller', 'accepted'],
      ['buyer', 'accepted'],
    ]);
    expect(item.timeline).toBeUndefined();
  });

  it('shows a bureau the deals with a party in its subtree, and an empty board in one query', async () => {
    const { ids } = await market({ lead: 1, contacted: 0, introduced: 0, negotiating: 1, signed: 0, dropped: 0 });
    const huaibei = await member('bureau', '340600', ['bureau_staff']);
    const region = await deals.board(huaibei, 'region');
    const mine = (stage: DealStage) =>
      region.columns
        .find((c) => c.stage === stage)!
        .items.filter((i) => [...ids.lead!, ...ids.negotiating!].includes(i.id));
    expect(mine('lead').map((i) => i.id)).toEqual(ids.lead);
    expect(mine('negotiating').map((i) => i.id)).toEqual(ids.negotiating);

    const linyi = await member('bureau', '371300', ['bureau_staff']);
    const query = jest.spyOn(ds, 'query');
    const empty = await deals.board(linyi, 'region');
    expect(query).toHaveBeenCalledTimes(1);
    query.mockRestore();
    expect(empty.columns.map((c) => c.total)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
