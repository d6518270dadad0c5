import { createBureauStaff, createOrgWithAdmin, randomCreditCode, type TestOrg } from './factories/identity.factory.js';
import { createListing, listingBody, submitListing } from './factories/listing.factory.js';
import { api, fieldsOf, refused } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * Drafts a user no longer wants can be deleted (issue 18: duplicates piled up), only by their own
 * organisation and only while they are drafts; and the contact phone of a listing or an
 * organisation must be a phone number ("abc" was stored as one).
 */
describe('listings: deleting drafts, phone numbers (e2e)', () => {
  let t: TestApp;
  let ent: TestOrg;
  let other: TestOrg;
  let bureau: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    [ent, other, bureau] = await Promise.all([
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createBureauStaff(t, '340600'),
    ]);
  }, 60_000);
  afterAll(() => t?.close());

  it('lets the owner delete a draft at the version read: gone from the owner list and from reading', async () => {
    const draft = await createListing(t, ent, 'needs', { title: '要删除的重复草稿' });
    const res = await api(t, ent).delete(`/api/listings/needs/${draft.id}?version=${draft.version}`).expect(200);
    expect(res.body).toMatchObject({ id: draft.id, status: 'draft', title: '要删除的重复草稿' });
    await refused(api(t, ent).get(`/api/listings/needs/${draft.id}`), 404, 'LISTING_NOT_FOUND');
    const mine = await api(t, ent).get('/api/listings/needs/mine', { pageSize: 100 }).expect(200);
    expect(mine.body.items.map((l: { id: string }) => l.id)).not.toContain(draft.id);
  });

  it('deletes achievements and challenges the same way', async () => {
    const uni = await createOrgWithAdmin(t, { type: 'university', regionCode: '340602' });
    const a = await createListing(t, uni, 'achievements');
    await api(t, uni).delete(`/api/listings/achievements/${a.id}?version=${a.version}`).expect(200);
    const c = await createListing(t, ent, 'challenges');
    await api(t, ent).delete(`/api/listings/challenges/${c.id}?version=${c.version}`).expect(200);
    await refused(api(t, ent).get(`/api/listings/challenges/${c.id}`), 404, 'LISTING_NOT_FOUND');
  });

  it('refuses another organisation, a stale version, and anything no longer a draft', async () => {
    const draft = await createListing(t, ent, 'needs');
    const other403 = await api(t, other).delete(`/api/listings/needs/${draft.id}?version=${draft.version}`);
    expect([403, 404]).toContain(other403.status);
    await refused(
      api(t, ent).delete(`/api/listings/needs/${draft.id}?version=${draft.version + 1}`),
      409,
      'LISTING_VERSION_CONFLICT',
    );
    await refused(api(t, ent).delete(`/api/listings/needs/${draft.id}`), 400, 'VALIDATION_FAILED');
    const submitted = await submitListing(t, ent, 'needs', draft);
    expect(submitted.status).toBe('submitted');
    await refused(
      api(t, ent).delete(`/api/listings/needs/${draft.id}?version=${submitted.version}`),
      409,
      'LISTING_INVALID_TRANSITION',
    );
    // still there for the bureau to review
    await api(t, bureau).get(`/api/listings/needs/${draft.id}`).expect(200);
  });

  it('refuses a contact phone that is not a phone number, on listings and on organisations', async () => {
    for (const phone of ['abc', '---', '电话']) {
      const res = await refused(
        api(t, ent).post('/api/listings/needs', listingBody('needs', { contactPhone: phone })),
        400,
        'VALIDATION_FAILED',
      );
      expect(fieldsOf(res)).toEqual(['contactPhone']);
    }
    await api(t, ent)
      .post('/api/listings/needs', listingBody('needs', { contactPhone: '0558-1234567' }))
      .expect(201);
    const signup = await refused(
      api(t).post('/api/auth/signup', {
        org: {
          type: 'enterprise',
          name: '淮北市电话测试有限公司',
          creditCode: randomCreditCode('340600'),
          regionCode: '340600',
          contactPhone: 'abc',
        },
        admin: { email: `phone-${Date.now()}@example.cn`, displayName: '张强', password: 'Demo@2026' },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldsOf(signup)).toEqual(['org.contactPhone']);
  });

  it('says which technical field to choose in words, not as a code format', async () => {
    const res = await refused(
      api(t, ent).post('/api/listings/needs', listingBody('needs', { techFieldCode: 'x' })),
      400,
      'VALIDATION_FAILED',
    );
    const messages = (res.body.details as { field: string; messages: string[] }[]).flatMap((d) => d.messages);
    expect(messages.join()).toContain('请从技术领域列表中选择');
    expect(messages.join()).not.toMatch(/位数字/);
  });
});
