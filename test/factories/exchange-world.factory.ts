/**
 * The partner exchange suites' market: an app with immediate sync and fast webhook retries,
 * 丹东's bureau not reviewing (submissions publish at once), the platform admin who manages keys
 * and webhooks, an enterprise, a university and an unverified enterprise of 丹东.
 */
import { DataSource } from 'typeorm';
import { JobRunner } from '../../libs/shared/jobs/index.js';
import { createTestApp, type TestApp } from '../test-app.js';
import { createBureauStaff, createOrgWithAdmin, createPlatformAdmin, type TestOrg } from './identity.factory.js';
import { reviewOff } from './listing.factory.js';

export interface ExchangeWorld {
  t: TestApp;
  ds: DataSource;
  jobs: JobRunner;
  platform: TestOrg;
  enterprise: TestOrg;
  university: TestOrg;
  pending: TestOrg;
}

export async function exchangeWorld(): Promise<ExchangeWorld> {
  const t = await createTestApp({
    EXCHANGE_SYNC_LAG_MS: '0',
    EXCHANGE_WEBHOOK_BACKOFF_BASE_MS: '50',
    EXCHANGE_WEBHOOK_BACKOFF_MAX_MS: '200',
    EXCHANGE_WEBHOOK_TIMEOUT_MS: '3000',
  });
  await reviewOff(t, await createBureauStaff(t, '210600'));
  const [platform, enterprise, university, pending] = await Promise.all([
    createPlatformAdmin(t),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210602', name: '丹东匿名测试精密机械有限公司' }),
    createOrgWithAdmin(t, { type: 'university', regionCode: '210602' }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210602', verified: false }),
  ]);
  return { t, ds: t.app.get(DataSource), jobs: t.app.get(JobRunner), platform, enterprise, university, pending };
}
