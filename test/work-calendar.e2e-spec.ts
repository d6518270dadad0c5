import { WorkCalendarService } from '../libs/contracts/src/index.js';
import { DataSource } from 'typeorm';
import { createBureauStaff, createPlatformAdmin, type TestOrg } from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

/**
 * The work calendar: the platform admin enters a year's holidays and make-up working days from the
 * State Council's notice; deadlines counted in working days follow it at once; nobody else may
 * change it; bad entries are refused by field with nothing written.
 */
describe('work calendar (e2e)', () => {
  let t: TestApp;
  let platform: TestOrg;
  let bureau: TestOrg;
  // 2099: a year no other test counts deadlines in.
  const YEAR = '2099';
  const NOTICE = [
    { day: '2099-01-01', isWorkday: false, name: '元旦' },
    { day: '2099-01-02', isWorkday: false, name: '元旦' },
    { day: '2099-01-03', isWorkday: false, name: '元旦' },
    { day: '2099-01-04', isWorkday: true, name: '元旦调休' },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    platform = await createPlatformAdmin(t);
    bureau = await createBureauStaff(t, '340600');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('lets only the platform admin replace a year, and working days follow it', async () => {
    await api(t, bureau).put(`/api/work-calendar/${YEAR}`).send({ days: NOTICE }).expect(403);
    const before = await api(t).get(`/api/work-calendar/${YEAR}`).expect(200);
    expect(before.body).toMatchObject({ year: 2099, days: [] });

    const saved = await api(t, platform).put(`/api/work-calendar/${YEAR}`).send({ days: NOTICE }).expect(200);
    expect(saved.body.days).toEqual(NOTICE);
    expect(saved.body.loadedYears).toContain(2099);
    // 2098-12-31 is a Wednesday: without the notice its next working day would be 2099-01-01.
    const calendar = t.app.get(WorkCalendarService);
    const ds = t.app.get(DataSource);
    expect(await calendar.addWorkingDays(ds.manager, '2098-12-31', 1)).toBe('2099-01-04');
    expect(await calendar.addWorkingDays(ds.manager, '2098-12-31', 2)).toBe('2099-01-05');

    // Replacing again keeps only what the new list says.
    await api(t, platform)
      .put(`/api/work-calendar/${YEAR}`)
      .send({ days: [NOTICE[0]] })
      .expect(200);
    expect((await api(t).get(`/api/work-calendar/${YEAR}`).expect(200)).body.days).toEqual([NOTICE[0]]);
    const audit = await ds.query(`SELECT action, target_id FROM audit_log WHERE target_type = 'work_calendar'`);
    expect(audit).toEqual([
      { action: 'work-calendar.replace', target_id: YEAR },
      { action: 'work-calendar.replace', target_id: YEAR },
    ]);
  });

  it('takes two saves of the same year in turn: both answer 200 and the year holds one of them whole', async () => {
    const a = [{ day: '2097-01-01', isWorkday: false, name: '元旦' }];
    const b = [
      { day: '2097-01-01', isWorkday: false, name: '元旦' },
      { day: '2097-01-02', isWorkday: false, name: '元旦' },
    ];
    const put = (days: unknown) => api(t, platform).put('/api/work-calendar/2097').send({ days });
    const answers = await Promise.all([put(a), put(b), put(a), put(b)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const held = (await api(t).get('/api/work-calendar/2097').expect(200)).body.days;
    expect([a, b]).toContainEqual(held);
  });

  it('refuses a day of another year, a day twice and a make-up working day on a weekday, by field, writing nothing', async () => {
    const put = (days: unknown) => api(t, platform).put(`/api/work-calendar/${YEAR}`).send({ days });
    const before = (await api(t).get(`/api/work-calendar/${YEAR}`).expect(200)).body.days;
    const bad = await put([
      { day: '2098-12-31', isWorkday: false, name: '元旦' },
      { day: '2099-01-01', isWorkday: false, name: '元旦' },
      { day: '2099-01-01', isWorkday: false, name: '元旦' },
      // 2099-01-05 is a Monday
      { day: '2099-01-05', isWorkday: true, name: '调休' },
    ]).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['days.0.day', 'days.2.day', 'days.3.day']);
    expect((await put([{ day: '2099-02-30', isWorkday: false, name: '假' }]).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    await api(t, platform).put('/api/work-calendar/1999').send({ days: [] }).expect(400);
    expect((await api(t).get(`/api/work-calendar/${YEAR}`).expect(200)).body.days).toEqual(before);
  });
});
