import { DataSource } from 'typeorm';
import { addMember, createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { contractBody } from './factories/contract.factory.js';
import { moveDeal, openDeal, signedDeal } from './factories/deal.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api, fieldsOf, refused } from './http.js';

describe('brokerage deals and the full path to a certified contract (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let agency: TestOrg; // broker agency in 淮北
  let broker: Omit<TestOrg, 'org'> & { org: TestOrg['org'] };
  let seller: TestOrg; // university in 濉溪县 (淮北)
  let buyer: TestOrg; // enterprise in 利辛县 (亳州)
  let outsider: TestOrg;
  let huaibei: TestOrg;
  let bozhou: TestOrg;
  let linyi: TestOrg;

  const open = (who: { accessToken: string }, over: Record<string, unknown> = {}) =>
    api(t, who).post('/api/deals', {
      title: '秸秆还田机技术对接',
      matchRef: 'match-42',
      parties: [
        { orgId: seller.org.id, role: 'seller' },
        { orgId: buyer.org.id, role: 'buyer' },
      ],
      commission: { percent: 3, basis: 'tech_amount' },
      note: '匹配结果得分 0.82',
      ...over,
    });
  const move = (id: string, to: string, version: number, note?: string) =>
    api(t, broker).post(`/api/deals/${id}/stage`, { to, version, note });

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    [agency, seller, buyer, outsider, huaibei, bozhou, linyi] = await Promise.all([
      createOrgWithAdmin(t, { type: 'broker_agency', regionCode: '340600' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340621' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '341623' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371300' }),
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '341600'),
      createBureauStaff(t, '371300'),
    ]);
    broker = await addMember(t, agency, { roles: ['broker'] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs match → deal → signed → contract → submitted → certified → in the region certified list', async () => {
    const opened = await open(broker).expect(201);
    expect(opened.body).toMatchObject({
      stage: 'lead',
      brokerUserId: broker.user.id,
      matchRef: 'match-42',
      commission: { percent: '3.00', basis: 'tech_amount' },
    });
    expect(opened.body.parties.map((p: { status: string }) => p.status)).toEqual(['invited', 'invited']);
    const id = opened.body.id as string;

    // The broker contacts the parties; past that the deal waits for both to accept.
    let v = (await move(id, 'contacted', opened.body.version as number, '已电话联系双方').expect(200)).body.version;
    const notReady = await move(id, 'introduced', v).expect(409);
    expect(notReady.body.code).toBe('DEAL_PARTIES_NOT_READY');
    await api(t, seller).post(`/api/deals/${id}/accept`).expect(200);
    const accepted = await api(t, buyer).post(`/api/deals/${id}/accept`).expect(200);
    expect(accepted.body.nextStages).toEqual(['introduced', 'dropped']);
    v = accepted.body.version;
    for (const to of ['introduced', 'negotiating']) v = (await move(id, to, v, '推进').expect(200)).body.version;
    await api(t, buyer).post(`/api/deals/${id}/notes`, { note: '已完成样机测试' }).expect(201);
    const signed = await move(id, 'signed', v, '双方签约').expect(200);
    expect(signed.body.stage).toBe('signed');
    expect(signed.body.timeline.map((e: { kind: string; toStage: string | null }) => e.toStage ?? e.kind)).toEqual([
      'lead',
      'invited',
      'invited',
      'contacted',
      'accepted',
      'accepted',
      'introduced',
      'negotiating',
      'note',
      'signed',
    ]);
    expect(signed.body.timeline.every((e: { at: string }) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    // Whom each invitation went to, and who answered it, by name and side.
    const named = (kind: string) =>
      signed.body.timeline.filter((e: { kind: string }) => e.kind === kind).map((e: { note: string }) => e.note);
    const parties = opened.body.parties as { name: string; role: string }[];
    const label = (role: string) =>
      `${parties.find((p) => p.role === role)!.name}（${role === 'seller' ? '卖方' : '买方'}）`;
    expect(named('invited')).toEqual([label('seller'), label('buyer')]);
    expect(named('accepted')).toEqual([label('seller'), label('buyer')]);

    // The broker writes the contract for the parties; the intermediary defaults to the agency.
    const contract = await api(t, broker)
      .post(
        '/api/contracts',
        contractBody(buyer, {
          title: '秸秆还田机技术开发合同',
          contractSubtypeCode: 'development.cooperative',
          techFieldCode: '09',
          seller: { orgId: seller.org.id },
          contractAmountFen: '120000000',
          techAmountFen: '100000000',
          signedOn: '2025-05-20',
          dealId: id,
        }),
      )
      .expect(201);
    expect(contract.body).toMatchObject({
      dealId: id,
      seller: { regionCode: '340621' },
      intermediary: { orgId: agency.org.id },
    });

    const sub = await api(t, seller)
      .post(`/api/contracts/${contract.body.id}/submit`)
      .set('Idempotency-Key', `full-path-submit-${id}`)
      .send({ version: contract.body.version })
      .expect(200);
    // 亳州 is the buyer's region, not the seller's: it may read but not certify.
    await api(t, bozhou).get(`/api/contracts/${contract.body.id}`).expect(200);
    expect(
      (
        await api(t, bozhou)
          .post(`/api/contracts/${contract.body.id}/certify`)
          .set('Idempotency-Key', `full-path-bozhou-${id}`)
          .send({})
      ).status,
    ).toBe(403);
    const cert = await api(t, huaibei)
      .post(`/api/contracts/${contract.body.id}/certify`)
      .set('Idempotency-Key', `full-path-certify-${id}`)
      .send({ version: sub.body.version })
      .expect(200);
    const no = cert.body.registration.registrationNo as string;
    expect(no).toMatch(/^340600\d{10}$/);

    const list = await api(t, huaibei).get('/api/contracts/certified', { region: '340621', pageSize: 100 }).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: contract.body.id, registration: expect.objectContaining({ registrationNo: no }) }),
    ]);
    expect((await api(t, linyi).get('/api/contracts/certified', { region: '340600' })).status).toBe(403);
  });

  it('refuses a contract from a deal that is not signed', async () => {
    const opened = await open(broker).expect(201);
    await api(t, seller).post(`/api/deals/${opened.body.id}/accept`).expect(200);
    await api(t, buyer).post(`/api/deals/${opened.body.id}/accept`).expect(200);
    const res = await api(t, broker)
      .post(
        '/api/contracts',
        contractBody(buyer, {
          title: '未签约合同',
          contractSubtypeCode: 'consulting.general',
          techFieldCode: '01',
          seller: { orgId: seller.org.id },
          contractAmountFen: '100',
          techAmountFen: '100',
          dealId: opened.body.id,
        }),
      )
      .expect(409);
    expect(res.body.code).toBe('CONTRACT_DEAL_NOT_SIGNED');
  });

  it('moves one stage at a time with optimistic locking; only the broker moves it', async () => {
    const opened = await open(broker).expect(201);
    const id = opened.body.id as string;
    const skip = await move(id, 'negotiating', opened.body.version).expect(409);
    expect(skip.body).toMatchObject({ code: 'DEAL_STAGE_INVALID', details: { allowed: ['contacted', 'dropped'] } });
    await move(id, 'contacted', opened.body.version).expect(200);
    await api(t, seller).post(`/api/deals/${id}/accept`).expect(200);
    const accepted = await api(t, buyer).post(`/api/deals/${id}/accept`).expect(200);
    await refused(move(id, 'introduced', opened.body.version), 409, 'VERSION_CONFLICT');
    const byParty = await api(t, seller).post(`/api/deals/${id}/stage`, {
      to: 'introduced',
      version: opened.body.version + 1,
    });
    expect(byParty.status).toBe(403);
    const dropped = await move(id, 'dropped', accepted.body.version, '买方预算取消').expect(200);
    expect(dropped.body).toMatchObject({ stage: 'dropped', dropReason: '买方预算取消', nextStages: [] });
    await refused(move(id, 'contacted', dropped.body.version), 409, 'DEAL_STAGE_INVALID');
    const audit = await ds.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [id]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual([
      'deal.open',
      'deal.stage',
      'deal.accept',
      'deal.accept',
      'deal.stage',
    ]);
  });

  it('keeps a stage move’s note on the timeline; a note past 500 characters moves nothing', async () => {
    const opened = await open(broker).expect(201);
    const id = opened.body.id as string;
    const said = '已电话联系双方技术负责人，约定下周到濉溪现场看样机';
    const moved = await move(id, 'contacted', opened.body.version, `  ${said}  `).expect(200);
    const stageEvents = (d: { timeline: { kind: string }[] }) => d.timeline.filter((e) => e.kind === 'stage');
    expect(stageEvents(moved.body)).toEqual([
      expect.objectContaining({ fromStage: 'lead', toStage: 'contacted', note: said }),
    ]);
    const read = (await api(t, seller).get(`/api/deals/${id}`).expect(200)).body;
    expect(stageEvents(read).at(-1)).toMatchObject({ toStage: 'contacted', note: said });

    await api(t, seller).post(`/api/deals/${id}/accept`).expect(200);
    const ready = (await api(t, buyer).post(`/api/deals/${id}/accept`).expect(200)).body;
    const audits = async () =>
      (await ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1`, [id]))[0].n as number;
    const auditsBefore = await audits();
    const tooLong = await refused(move(id, 'introduced', ready.version, '引'.repeat(501)), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(tooLong)).toEqual(['note']);
    const after = (await api(t, broker).get(`/api/deals/${id}`).expect(200)).body;
    expect(after).toMatchObject({ stage: 'contacted', version: ready.version });
    expect(after.timeline).toHaveLength(ready.timeline.length);
    expect(await audits()).toBe(auditsBefore);

    const full = await move(id, 'introduced', ready.version, '引'.repeat(500)).expect(200);
    expect(stageEvents(full.body).at(-1)).toMatchObject({ toStage: 'introduced', note: '引'.repeat(500) });
    const blank = await move(id, 'negotiating', full.body.version, '   ').expect(200);
    expect(stageEvents(blank.body).at(-1)).toMatchObject({ toStage: 'negotiating', note: null });
  });

  it('runs a deal a party opened itself without 已引荐, and moves no deal on before its parties accept', async () => {
    // The buyer's own organisation opens the deal: nobody stands between the parties.
    const direct = await open(buyer).expect(201);
    expect(direct.body).toMatchObject({ brokered: false, nextStages: ['contacted', 'dropped'] });
    const contacted = await api(t, buyer)
      .post(`/api/deals/${direct.body.id}/stage`, { to: 'contacted', version: direct.body.version })
      .expect(200);
    expect(contacted.body.nextStages).toEqual(['dropped']);
    await refused(
      api(t, buyer).post(`/api/deals/${direct.body.id}/stage`, { to: 'negotiating', version: contacted.body.version }),
      409,
      'DEAL_PARTIES_NOT_READY',
    );
    const accepted = await api(t, seller).post(`/api/deals/${direct.body.id}/accept`).expect(200);
    expect(accepted.body.nextStages).toEqual(['negotiating', 'dropped']);
    await refused(
      api(t, buyer).post(`/api/deals/${direct.body.id}/stage`, { to: 'introduced', version: accepted.body.version }),
      409,
      'DEAL_STAGE_INVALID',
    );
    const negotiating = await api(t, buyer)
      .post(`/api/deals/${direct.body.id}/stage`, { to: 'negotiating', version: accepted.body.version })
      .expect(200);
    expect(negotiating.body.nextStages).toEqual(['signed', 'dropped']);

    // A broker's deal offers 已引荐, once both parties have accepted.
    const brokered = await open(broker).expect(201);
    expect(brokered.body.brokered).toBe(true);
  });

  it('shows a deal only to its broker, parties and the bureaus of the parties regions', async () => {
    const { body } = await open(broker).expect(201);
    for (const who of [broker, seller, buyer, huaibei, bozhou])
      await api(t, who).get(`/api/deals/${body.id}`).expect(200);
    for (const who of [outsider, linyi]) expect((await api(t, who).get(`/api/deals/${body.id}`)).status).toBe(404);
    const listed = await api(t, outsider).get('/api/deals', { pageSize: 100 }).expect(200);
    expect(listed.body.items.map((d: { id: string }) => d.id)).not.toContain(body.id);
    expect((await api(t, outsider).post(`/api/deals/${body.id}/accept`)).status).toBe(404);
  });

  it('refuses unknown parties and sources with 400 field details, and an org admin outside the deal', async () => {
    const unknownOrg = await open(broker, {
      parties: [{ orgId: '00000000-0000-4000-8000-000000000000', role: 'buyer' }],
    }).expect(400);
    expect(unknownOrg.body.details).toEqual([{ field: 'parties.0.orgId', messages: ['机构不存在'] }]);
    const unknownNeed = await open(broker, {
      matchRef: undefined,
      needId: '00000000-0000-4000-8000-000000000000',
    }).expect(400);
    expect(unknownNeed.body.details[0].field).toBe('needId');
    const noSource = await open(broker, { matchRef: undefined }).expect(400);
    expect(noSource.body.details[0].field).toBe('source');
    const adminOutside = await open(outsider).expect(400);
    expect(adminOutside.body.details[0].field).toBe('parties');
    // An org admin opening its own deal is accepted at once.
    const own = await open(buyer).expect(201);
    expect(own.body.parties.find((p: { orgId: string }) => p.orgId === buyer.org.id).status).toBe('accepted');
  });

  it('shows boards per broker and per region, and keeps commission terms', async () => {
    // A broker of its own: one deal at lead, one signed, one dropped; all with parties in 淮北 and 利辛.
    const own = await addMember(t, agency, { roles: ['broker'] });
    const parties = { seller, buyer };
    await openDeal(t, own, parties, { commission: { percent: 3, basis: 'tech_amount' } });
    await signedDeal(t, own, parties);
    await moveDeal(t, own, await openDeal(t, own, parties), ['dropped']);
    const mine = await api(t, own).get('/api/deals/board').expect(200);
    expect(mine.body.columns.map((c: { stage: string }) => c.stage)).toEqual([
      'lead',
      'contacted',
      'introduced',
      'negotiating',
      'signed',
      'dropped',
    ]);
    expect(mine.body.columns.find((c: { stage: string }) => c.stage === 'signed').total).toBe(1);
    expect(mine.body.columns.find((c: { stage: string }) => c.stage === 'dropped').total).toBe(1);
    expect(mine.body.columns.find((c: { stage: string }) => c.stage === 'lead').total).toBe(1);
    const region = await api(t, bozhou).get('/api/deals/board', { scope: 'region' }).expect(200);
    const total = region.body.columns.reduce((n: number, c: { total: number }) => n + c.total, 0);
    expect(total).toBeGreaterThanOrEqual(3);
    const far = await api(t, linyi).get('/api/deals/board', { scope: 'region' }).expect(200);
    expect(far.body.columns.reduce((n: number, c: { total: number }) => n + c.total, 0)).toBe(0);
    expect((await api(t, linyi).get('/api/deals/board', { scope: 'region', region: '340600' })).status).toBe(403);
    expect((await api(t, broker).get('/api/deals/board', { scope: 'region' })).status).toBe(403);

    const lead = mine.body.columns.find((c: { stage: string }) => c.stage === 'lead').items[0];
    const set = await api(t, own)
      .put(`/api/deals/${lead.id}/commission`, {
        version: lead.version,
        percent: 5,
        fixedFen: '200000',
        basis: 'net_income',
        note: '按净收入',
      })
      .expect(200);
    expect(set.body.commission).toEqual({ percent: '5.00', fixedFen: '200000', basis: 'net_income', note: '按净收入' });
    expect(
      (await api(t, own).put(`/api/deals/${lead.id}/commission`, { version: set.body.version, percent: 101 })).status,
    ).toBe(400);
  });
});
