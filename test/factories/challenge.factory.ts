/**
 * 揭榜挂帅 challenges through the API, beyond publishing them (listing.factory): a team applies,
 * the owner awards an application.
 *
 *   const ch = await publishedListing(t, ent, 'challenges');
 *   const application = await applyToChallenge(t, uni, ch);
 *   const awarded = await awardChallenge(t, ent, ch, application);
 */
import { api, type Bearer } from '../http.js';
import type { TestApp } from '../test-app.js';

export interface ApplicationView {
  id: string;
  status: string;
  [field: string]: unknown;
}

/** `who`'s organisation applies to an open challenge. */
export async function applyToChallenge(
  t: TestApp,
  who: Bearer,
  challenge: { id: string },
  overrides: Record<string, unknown> = {},
): Promise<ApplicationView> {
  return (
    await api(t, who)
      .post(`/api/listings/challenges/${challenge.id}/applications`)
      .send({ teamName: '测试揭榜团队', proposal: '测试揭榜方案', ...overrides })
      .expect(201)
  ).body;
}

/** The owner awards `application` (the challenge's current version is read first). */
export async function awardChallenge(
  t: TestApp,
  owner: Bearer,
  challenge: { id: string },
  application: { id: string },
): Promise<ApplicationView> {
  const as = api(t, owner);
  const current = (await as.get(`/api/listings/challenges/${challenge.id}`).expect(200)).body;
  return (
    await as
      .post(`/api/listings/challenges/${challenge.id}/applications/${application.id}/award`)
      .send({ version: current.version })
      .expect(200)
  ).body;
}
