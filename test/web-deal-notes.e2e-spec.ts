import { acceptedDeal } from './factories/deal.factory.js';
import { createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { buttonLabel, PHONE, startWebHarness, type WebHarness } from './browser.js';
import { api } from './http.js';

/** A broker moves a deal on from the board with a note, and the deal's timeline keeps it. */
describe('web app: a stage move with its note (browser)', () => {
  let h: WebHarness;
  let ent: TestOrg;
  let uni: TestOrg;
  let broker: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    [ent, uni, broker] = await Promise.all([
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '371302', name: '临沂农机装备有限公司（备注测试）' }),
      createOrgWithAdmin(h.t, { type: 'university', regionCode: '371302', name: '临沂工学院（备注测试）' }),
      createOrgWithAdmin(h.t, {
        type: 'broker_agency',
        regionCode: '371300',
        roles: ['broker'],
        name: '临沂技术转移中心（备注测试）',
      }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('asks for an optional note when a card moves on, and shows it on the deal’s timeline', async () => {
    const title = '北斗农机导航技术对接（备注测试）';
    const deal = await acceptedDeal(h.t, broker, { seller: uni, buyer: ent }, { title });
    const page = await h.logIn(broker, '/deals');
    const card = page.getByTestId('deal-card').filter({ hasText: title });
    await card.getByRole('button', { name: '推进到「已联系」' }).click();
    const dialog = page.getByRole('dialog', { name: '推进到「已联系」' });
    const note = '已与双方技术负责人通话，约定 12 月 18 日在沂南示范基地看样机';
    await dialog.getByLabel('备注（选填）').fill(note);
    await dialog.getByText(`${note.length} / 500`).waitFor();
    await h.screenshot(page, 'deal-move-note-dialog');
    await dialog.getByTestId('confirm-move').click();
    await page.getByTestId('column-contacted').getByTestId('deal-card').filter({ hasText: title }).waitFor();

    const stored = (await api(h.t, broker).get(`/api/deals/${deal.id}`).expect(200)).body;
    expect(stored.timeline.at(-1)).toMatchObject({ kind: 'stage', toStage: 'contacted', note });

    await page
      .getByTestId('column-contacted')
      .getByTestId('deal-card')
      .filter({ hasText: title })
      .getByTestId('deal-title')
      .click();
    const timeline = page.getByTestId('deal-timeline');
    await timeline.getByText(note).waitFor();
    expect(await timeline.getByText('线索 → 已联系').count()).toBe(1);
    await h.screenshot(page, 'deal-move-note-timeline');
  });

  it('drops a deal from its card with the reason the broker gives', async () => {
    const title = '秸秆打捆机技术对接（备注测试）';
    const deal = await acceptedDeal(h.t, broker, { seller: uni, buyer: ent }, { title });
    const page = await h.logIn(broker, '/deals');
    const card = page.getByTestId('deal-card').filter({ hasText: title });
    await card.getByRole('button', { name: buttonLabel('终止') }).click();
    const dialog = page.getByRole('dialog', { name: '终止对接' });
    await dialog.getByText('终止后不能恢复', { exact: false }).waitFor();
    await dialog.getByLabel('终止原因（选填）').fill('买方今年暂缓技改投资');
    await dialog.getByRole('button', { name: buttonLabel('终止') }).click();
    await page.getByTestId('column-dropped').getByTestId('deal-card').filter({ hasText: title }).waitFor();
    const stored = (await api(h.t, broker).get(`/api/deals/${deal.id}`).expect(200)).body;
    expect(stored).toMatchObject({ stage: 'dropped', dropReason: '买方今年暂缓技改投资' });
    expect(stored.timeline.at(-1)).toMatchObject({ kind: 'stage', toStage: 'dropped', note: '买方今年暂缓技改投资' });
  });

  it('moves on without a note, and cancelling moves nothing (phone)', async () => {
    const title = '人造板视觉检测技术对接（备注测试）';
    const deal = await acceptedDeal(h.t, broker, { seller: uni, buyer: ent }, { title });
    const page = await h.logIn(broker, `/deals?deal=${deal.id}`, PHONE);
    const detail = page.getByTestId('deal-detail');
    await detail.getByRole('button', { name: '推进到「已联系」' }).click();
    const dialog = page.getByRole('dialog', { name: '推进到「已联系」' });
    await dialog.getByLabel('备注（选填）').waitFor();
    await h.screenshot(page, 'deal-move-note-dialog-phone');
    await dialog.getByRole('button', { name: buttonLabel('取消') }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await api(h.t, broker).get(`/api/deals/${deal.id}`).expect(200)).body.stage).toBe('lead');

    await detail.getByRole('button', { name: '推进到「已联系」' }).click();
    await page.getByTestId('confirm-move').click();
    await detail.getByTestId('deal-stage').filter({ hasText: '已联系' }).waitFor();
    const stored = (await api(h.t, broker).get(`/api/deals/${deal.id}`).expect(200)).body;
    expect(stored.timeline.at(-1)).toMatchObject({ kind: 'stage', toStage: 'contacted', note: null });
  });
});
