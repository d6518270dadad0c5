import { randomUUID } from 'node:crypto';
import { ContractReminders } from '../libs/contracts/src/index.js';
import { WEBHOOK_QUEUE, WebhookDispatcher } from '../libs/exchange/src/index.js';
import { SMS_PORT, type SmsMessage, type SmsPort } from '../libs/notifications/src/index.js';
import { JobQueue, JobRunner } from '../libs/shared/jobs/index.js';
import { applyToChallenge, awardChallenge } from './factories/challenge.factory.js';
import { achievementRecord, csvFile, importDriver } from './factories/import.factory.js';
import { dealBody, openDeal } from './factories/deal.factory.js';
import { addMember, createOrgWithAdmin, createPlatformAdmin } from './factories/identity.factory.js';
import { createListing, publishedListing, submitListing } from './factories/listing.factory.js';
import { registryWorld, type RegistryWorld } from './factories/registry-world.factory.js';
import { api, type Bearer } from './http.js';
import { startSmtp, type SmtpHarness } from './smtp-harness.js';

/** Someone who may or may not be told: a user with a login and an address. */
interface Person extends Bearer {
  name: string;
  user: { email: string; phone: string };
}

type Arranged = Record<string, unknown> & { extra?: Person[] };

interface Case {
  event: string;
  /** Sets up the state before the change (its notices are drained before counting starts). */
  arrange(): Promise<Arranged>;
  change(x: Arranged): Promise<unknown>;
  /** Who must be told, and the notification kind each gets. */
  told(x: Arranged): [Person, string][];
  /** What the first one told reads (its newest notification's title and body). */
  reads?: RegExp;
}

/**
 * Issue 17 (2), acceptance: every event in which someone must act or learns an outcome gives
 * exactly one in-app notification and one mail (through a real SMTP server) to each right
 * recipient, and nothing to anyone else of the cast; time-critical ones (registration deadlines)
 * also one SMS. Time-based events run the worker's contract reminders after the deadline or the
 * publication's end has been moved to today. One row per event: how to reach the state
 * before it, the change, and who must be told.
 */
describe('notices of events: the right people, once, and no one else (e2e)', () => {
  let w: RegistryWorld, smtp: SmtpHarness, cast: Person[];
  const texts: SmsMessage[] = [];
  let sellerMember: Person, platform: Person;

  beforeAll(async () => {
    smtp = await startSmtp();
    w = await registryWorld({ MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url, PUBLIC_URL: 'https://jssc.example.gov.cn' });
    const named = (name: string, p: Omit<Person, 'name'>): Person => ({ ...p, name });
    // SMS goes to the log by default; here it is kept to be counted.
    w.t.app.get<SmsPort>(SMS_PORT).send = async (m) => void texts.push(m);
    sellerMember = named('seller member', await addMember(w.t, w.seller, { roles: ['member'] }));
    platform = named('platform', await createPlatformAdmin(w.t));
    cast = [
      named('seller', w.seller),
      sellerMember,
      named('buyer', w.buyer),
      named('university', w.university),
      named('huaibei', w.huaibei),
      named('huaibei2', w.huaibei2),
      named('linyi', w.linyi),
      platform,
    ];
  });
  afterAll(async () => {
    await w.t.close();
    await smtp.stop();
  });

  const as = (who: Bearer) => api(w.t, who);
  const person = (name: string) => cast.find((p) => p.name === name)!;
  const drain = async () => {
    const runner = w.t.app.get(JobRunner);
    await runner.drainUntilIdle();
    await runner.drainUntilIdle({ lane: 'mail' });
  };
  const notices = async (p: Person) =>
    (await as(p).get('/api/notifications', { pageSize: 100 }).expect(200)).body.items as {
      kind: string;
      title: string;
      body: string;
    }[];
  const mails = (p: Person) => smtp.received.filter((m) => m.to.includes(p.user.email)).length;
  const sms = (p: Person) => texts.filter((m) => m.to === p.user.phone).length;
  const today = (): Promise<string> =>
    w.ds.query(`SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS d`).then((r) => r[0].d);
  /** A negotiated transfer by the university (协议定价: it must be published 15 days first). */
  const negotiated = () =>
    w.create(w.university, {
      contractSubtypeCode: 'transfer.patent',
      negotiatedPrice: true,
      title: '秸秆还田机专利转让',
    });
  const publication = async () => {
    const c = await negotiated();
    const pub = await as(w.university).post(`/api/contracts/${c.id}/price-publication`, { days: 15 }).expect(201);
    return { id: c.id, pub: pub.body.id };
  };
  /** A submitted contract whose registration deadline is moved to `days` from today (China). */
  const deadlineIn = async (days: number) => {
    const c = await w.submitted();
    await w.ds.query(`UPDATE tech_contract SET deadline_on = $2::date + $3::int WHERE id = $1`, [
      c.id,
      await today(),
      days,
    ]);
    return { id: c.id };
  };
  const remind = () => w.t.app.get(ContractReminders).run();
  /** A webhook to an address nobody listens on, with a delivery queued two hours ago. */
  const failingWebhook = async () => {
    const hook = await as(platform)
      .post('/api/exchange/webhooks', {
        url: 'http://127.0.0.1:9/hooks',
        events: ['listing.changed'],
        secret: 'whsec-0123456789abcdef',
      })
      .expect(201);
    const id = randomUUID();
    await w.ds.transaction(async (em) => {
      await em.query(
        `INSERT INTO exchange_webhook_delivery (id, webhook_id, event, listing_kind, listing_id, listing_version, body, created_at)
         VALUES ($1, $2, 'listing.changed', 'need', $3, 1, '{}', now() - interval '2 hours')`,
        [id, hook.body.id, randomUUID()],
      );
      await w.t.app.get(JobQueue).enqueue(em, { queue: WEBHOOK_QUEUE, payload: { deliveryId: id } });
    });
    return { id };
  };
  const uploaded = async (file: Buffer) => {
    const res = await importDriver(w.t, w.huaibei).upload(file, 'achievements.csv', 'achievements').expect(201);
    return { id: res.body.id };
  };

  const contract = async (stage: 'draft' | 'submitted' | 'certified'): Promise<Arranged> => {
    const c = stage === 'draft' ? await w.create(w.seller) : await w.submitted();
    if (stage !== 'certified') return { id: c.id, version: c.version };
    const cert = await w.certify(w.huaibei, c.id).expect(200);
    return { id: c.id, certifiedOn: cert.body.registration.certifiedOn };
  };
  const deal = async () => {
    const d = await openDeal(w.t, w.seller, { seller: w.seller, buyer: w.buyer });
    return { id: d.id, version: d.version };
  };
  const submittedNeed = async () => {
    const l = await submitListing(w.t, w.seller, 'needs', await createListing(w.t, w.seller, 'needs'));
    return { id: l.id, version: l.version };
  };
  const challenge = async () =>
    publishedListing(w.t, w.seller, 'challenges', {}, { reviewer: w.huaibei }).then((c) => ({ id: c.id }));
  const seller = () => person('seller');
  const sellerOrg = (kind: string): [Person, string][] => [
    [seller(), kind],
    [sellerMember, kind],
  ];
  const registries = (kind: string): [Person, string][] => [
    [person('huaibei'), kind],
    [person('huaibei2'), kind],
  ];
  const parties = (kind: string): [Person, string][] => [...sellerOrg(kind), [person('buyer'), kind]];
  const university = (kind: string): [Person, string] => [person('university'), kind];

  const cases: Case[] = [
    {
      event: 'contract.submitted → the registry bureaus of the seller',
      arrange: () => contract('draft'),
      change: (x) => w.submit(w.seller, String(x.id), Number(x.version)).expect(200),
      told: () => registries('contract_submitted'),
    },
    {
      event: 'contract.certified → both parties',
      arrange: () => contract('submitted'),
      change: (x) => w.certify(w.huaibei, String(x.id)).expect(200),
      told: () => parties('contract_certified'),
    },
    {
      event: 'contract.rejected → the seller, with the reason',
      arrange: () => contract('submitted'),
      change: (x) =>
        as(w.huaibei).post(`/api/contracts/${x.id}/reject`, { reasonCode: 'incomplete_content' }).expect(200),
      told: () => sellerOrg('contract_rejected'),
      reads: /^合同未予登记：.*原因：[^A-Za-z_]+。请修改后重新提交。$/,
    },
    {
      event: 'contract.amended → both parties',
      arrange: () => contract('certified'),
      change: (x) =>
        as(w.huaibei)
          .post(`/api/contracts/${x.id}/amendments`, {
            effectiveDate: x.certifiedOn,
            contractAmountFen: '60000000',
            techAmountFen: '50000000',
            reason: '增加二期开发内容',
          })
          .expect(201),
      told: () => parties('contract_amended'),
    },
    {
      event: 'contract.cancelled → both parties',
      arrange: () => contract('certified'),
      change: (x) =>
        as(w.huaibei)
          .post(`/api/contracts/${x.id}/cancellation`, { effectiveDate: x.certifiedOn, reason: '协议解除' })
          .expect(201),
      told: () => parties('contract_cancelled'),
    },
    {
      event: 'registration deadline within 3 working days → the registry bureaus (mail and SMS)',
      arrange: () => deadlineIn(0),
      change: remind,
      told: () => registries('registration_deadline'),
    },
    {
      event: 'registration overdue → the registry bureaus (mail and SMS)',
      arrange: () => deadlineIn(-1),
      change: remind,
      told: () => registries('registration_deadline'),
    },
    {
      event: '协议定价公示 started → the registry bureaus and the buyer',
      arrange: async () => ({ id: (await negotiated()).id }),
      change: (x) => as(w.university).post(`/api/contracts/${x.id}/price-publication`, { days: 15 }).expect(201),
      told: () => [...registries('price_publication'), [person('buyer'), 'price_publication']],
    },
    {
      event: '协议定价公示 objection filed → the seller and the registry bureaus',
      arrange: publication,
      change: (x) =>
        as(w.buyer)
          .post(`/api/price-publications/${x.pub}/objections`, { submitterName: '张三', content: '价格明显偏低' })
          .expect(201),
      told: () => [university('price_publication'), ...registries('price_publication')],
    },
    {
      event: '协议定价公示 period ended → the seller and the registry bureaus',
      arrange: async () => {
        const x = await publication();
        // Fifteen days on: the period ended today.
        await w.ds.query(`UPDATE price_publication SET start_on = $2::date - 15, end_on = $2::date WHERE id = $1`, [
          x.pub,
          await today(),
        ]);
        return x;
      },
      change: remind,
      told: () => [university('price_publication'), ...registries('price_publication')],
    },
    {
      event: 'import checked → the uploader',
      arrange: () => uploaded(csvFile('achievements', [achievementRecord(w.university)])),
      change: () => importDriver(w.t, w.huaibei).run(),
      told: () => [[person('huaibei'), 'import_finished']],
      reads: /^导入检查完成：achievements\.csv .*1 行可导入，0 行有问题/,
    },
    {
      event: 'import failed → the uploader',
      arrange: () => uploaded(Buffer.from('名称,说明\n一,二\n')),
      change: () => importDriver(w.t, w.huaibei).run(),
      told: () => [[person('huaibei'), 'import_finished']],
      reads: /^导入失败：achievements\.csv /,
    },
    {
      event: 'webhook endpoint failing for an hour → the platform admin',
      arrange: failingWebhook,
      change: () => w.t.app.get(WebhookDispatcher).deliverDue(),
      told: () => [[platform, 'webhook_failing']],
    },
    {
      event: 'deal opened → the invited party',
      arrange: async () => ({}),
      change: () =>
        as(w.seller)
          .post('/api/deals', dealBody({ seller: w.seller, buyer: w.buyer }))
          .expect(201),
      told: () => [[person('buyer'), 'deal_invited']],
    },
    {
      event: 'deal invitation accepted → the broker who invited',
      arrange: deal,
      change: (x) => as(w.buyer).post(`/api/deals/${x.id}/accept`).expect(200),
      told: () => [[seller(), 'deal_answered']],
    },
    ...(['contacted', 'dropped'] as const).map((to): Case => ({
      event: `deal moved to ${to} → the other party`,
      arrange: deal,
      change: (x) => as(w.seller).post(`/api/deals/${x.id}/stage`, { to, version: x.version }).expect(200),
      told: () => [[person('buyer'), 'deal_stage']],
    })),
    ...(['approve', 'reject'] as const).map((decision): Case => ({
      event: `listing review: ${decision} → the owner organisation`,
      arrange: submittedNeed,
      change: (x) =>
        as(w.huaibei)
          .post(`/api/listings/needs/${x.id}/${decision}`, {
            version: x.version,
            ...(decision === 'reject' ? { reason: '需求描述不完整' } : {}),
          })
          .expect(200),
      told: () => sellerOrg('listing_reviewed'),
    })),
    ...(['verify', 'reject'] as const).map((decision): Case => ({
      event: `organisation verification: ${decision} → the organisation`,
      arrange: async () => {
        const o = await createOrgWithAdmin(w.t, { type: 'enterprise', regionCode: '340602', verified: false });
        return { id: o.org.id, extra: [{ ...o, name: 'pending org' }] };
      },
      change: (x) =>
        as(w.huaibei)
          .post(`/api/organizations/${x.id}/${decision}`, decision === 'reject' ? { reason: '营业执照不清晰' } : {})
          .expect(200),
      told: (x) => [[x.extra![0]!, 'org_verification']],
    })),
    {
      event: 'member joined → the administrators of the organisation',
      arrange: async () => {
        const email = `joiner-${Date.now()}@test.example.cn`;
        const inv = await as(w.seller)
          .post('/api/org/members', { email, displayName: '孙丽', roles: ['member'] })
          .expect(201);
        return { token: inv.body.inviteToken };
      },
      change: (x) => api(w.t).post('/api/auth/accept-invite', { token: x.token, password: 'Demo@2026' }).expect(200),
      told: () => [[seller(), 'member_joined']],
    },
    {
      event: '揭榜 application received → the challenge owner',
      arrange: challenge,
      change: (x) => applyToChallenge(w.t, w.university, { id: String(x.id) }),
      told: () => sellerOrg('challenge_application'),
    },
    {
      event: '揭榜 awarded → the winner and the applicant not awarded',
      arrange: async () => {
        const ch = await challenge();
        const won = await applyToChallenge(w.t, w.university, ch);
        await applyToChallenge(w.t, w.buyer, ch);
        return { id: ch.id, won: won.id };
      },
      change: (x) => awardChallenge(w.t, w.seller, { id: String(x.id) }, { id: String(x.won) }),
      told: () => [
        [person('university'), 'challenge_result'],
        [person('buyer'), 'challenge_result'],
      ],
    },
  ];

  it.each(cases.map((c) => [c.event, c] as const))('%s', async (_label, c) => {
    const x = await c.arrange();
    await drain();
    const everyone = [...cast, ...(x.extra ?? [])];
    const before = await Promise.all(
      everyone.map(async (p) => ({ notices: (await notices(p)).length, mails: mails(p), sms: sms(p) })),
    );

    await c.change(x);
    await drain();

    const told = new Map(c.told(x).map(([p, kind]) => [p.user.email, kind]));
    const got = await Promise.all(
      everyone.map(async (p, i) => {
        const list = await notices(p);
        return {
          who: p.name,
          notices: list.length - before[i]!.notices,
          kind: list.length > before[i]!.notices ? list[0]!.kind : null,
          mails: mails(p) - before[i]!.mails,
          sms: sms(p) - before[i]!.sms,
        };
      }),
    );
    if (c.reads) {
      const [first] = await notices(c.told(x)[0]![0]);
      expect(`${first!.title} ${first!.body}`).toMatch(c.reads);
    }
    expect(got).toEqual(
      everyone.map((p) => {
        const kind = told.get(p.user.email);
        // Time-critical notices also go by SMS (every test user has a phone number).
        const urgent = kind === 'registration_deadline';
        return { who: p.name, notices: kind ? 1 : 0, kind: kind ?? null, mails: kind ? 1 : 0, sms: urgent ? 1 : 0 };
      }),
    );
  });
});
