import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public holidays and make-up working days (调休) as announced by the State Council General
 * Office (国务院办公厅关于部分节假日安排的通知) for 2024–2026; other dates follow Monday–Friday.
 */
const CALENDAR: [string, boolean, string][] = [
  ['2024-01-01', false, '元旦'],
  ...['10', '11', '12', '13', '14', '15', '16', '17'].map((d): [string, boolean, string] => [
    `2024-02-${d}`,
    false,
    '春节',
  ]),
  ['2024-02-04', true, '春节调休'],
  ['2024-02-18', true, '春节调休'],
  ['2024-04-04', false, '清明节'],
  ['2024-04-05', false, '清明节'],
  ['2024-04-06', false, '清明节'],
  ['2024-04-07', true, '清明节调休'],
  ...['01', '02', '03', '04', '05'].map((d): [string, boolean, string] => [`2024-05-${d}`, false, '劳动节']),
  ['2024-04-28', true, '劳动节调休'],
  ['2024-05-11', true, '劳动节调休'],
  ['2024-06-10', false, '端午节'],
  ['2024-09-15', false, '中秋节'],
  ['2024-09-16', false, '中秋节'],
  ['2024-09-17', false, '中秋节'],
  ['2024-09-14', true, '中秋节调休'],
  ...['01', '02', '03', '04', '05', '06', '07'].map((d): [string, boolean, string] => [
    `2024-10-${d}`,
    false,
    '国庆节',
  ]),
  ['2024-09-29', true, '国庆节调休'],
  ['2024-10-12', true, '国庆节调休'],
  ['2025-01-01', false, '元旦'],
  ...[
    '2025-01-28',
    '2025-01-29',
    '2025-01-30',
    '2025-01-31',
    '2025-02-01',
    '2025-02-02',
    '2025-02-03',
    '2025-02-04',
  ].map((d): [string, boolean, string] => [d, false, '春节']),
  ['2025-01-26', true, '春节调休'],
  ['2025-02-08', true, '春节调休'],
  ['2025-04-04', false, '清明节'],
  ['2025-04-05', false, '清明节'],
  ['2025-04-06', false, '清明节'],
  ...['01', '02', '03', '04', '05'].map((d): [string, boolean, string] => [`2025-05-${d}`, false, '劳动节']),
  ['2025-04-27', true, '劳动节调休'],
  ['2025-05-31', false, '端午节'],
  ['2025-06-01', false, '端午节'],
  ['2025-06-02', false, '端午节'],
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d): [string, boolean, string] => [
    `2025-10-${d}`,
    false,
    '国庆节、中秋节',
  ]),
  ['2025-09-28', true, '国庆节调休'],
  ['2025-10-11', true, '国庆节调休'],
  ['2026-01-01', false, '元旦'],
  ['2026-01-02', false, '元旦'],
  ['2026-01-03', false, '元旦'],
  ['2026-01-04', true, '元旦调休'],
  ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d): [string, boolean, string] => [
    `2026-02-${d}`,
    false,
    '春节',
  ]),
  ['2026-02-14', true, '春节调休'],
  ['2026-02-28', true, '春节调休'],
  ['2026-04-04', false, '清明节'],
  ['2026-04-05', false, '清明节'],
  ['2026-04-06', false, '清明节'],
  ...['01', '02', '03', '04', '05'].map((d): [string, boolean, string] => [`2026-05-${d}`, false, '劳动节']),
  ['2026-05-09', true, '劳动节调休'],
  ['2026-06-19', false, '端午节'],
  ['2026-06-20', false, '端午节'],
  ['2026-06-21', false, '端午节'],
  ['2026-09-25', false, '中秋节'],
  ['2026-09-26', false, '中秋节'],
  ['2026-09-27', false, '中秋节'],
  ...['01', '02', '03', '04', '05', '06', '07'].map((d): [string, boolean, string] => [
    `2026-10-${d}`,
    false,
    '国庆节',
  ]),
  ['2026-09-20', true, '国庆节调休'],
  ['2026-10-10', true, '国庆节调休'],
];

const MONEY = (col: string) => `${col} bigint NOT NULL CHECK (${col} BETWEEN 0 AND 9000000000000000000)`;

/**
 * Brokerage (deals, parties, timeline), technology contracts with registration (counter,
 * time limits, working calendar), amendments/cancellations as separate records, agreed-price
 * publications with objections, and the generic idempotency-key store.
 */
export class ContractsBrokerage1764200000000 implements MigrationInterface {
  name = 'ContractsBrokerage1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // Claimed with INSERT … ON CONFLICT in the same transaction as the work it guards, so a
    // failed request leaves no claim behind and a concurrent retry waits for the first.
    await q.query(`
      CREATE TABLE idempotency_key (
        scope           text NOT NULL,
        key             text NOT NULL CHECK (length(key) BETWEEN 1 AND 128),
        fingerprint     text NOT NULL,
        response_status int,
        response_body   jsonb,
        created_at      timestamptz NOT NULL DEFAULT now(),
        expires_at      timestamptz NOT NULL,
        PRIMARY KEY (scope, key)
      )`);
    await q.query(`CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at)`);

    await q.query(`
      CREATE TABLE deal (
        id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title                    text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
        stage                    text NOT NULL DEFAULT 'lead' CHECK (stage IN ('lead', 'contacted', 'introduced', 'negotiating', 'signed', 'dropped')),
        need_id                  uuid REFERENCES tech_need(id),
        achievement_id           uuid REFERENCES achievement(id),
        challenge_application_id uuid REFERENCES challenge_application(id),
        match_ref                text CHECK (length(match_ref) <= 100),
        broker_user_id           uuid NOT NULL REFERENCES app_user(id),
        broker_org_id            uuid NOT NULL REFERENCES organization(id),
        commission_percent       numeric(5,2) CHECK (commission_percent BETWEEN 0 AND 100),
        commission_fixed_fen     bigint CHECK (commission_fixed_fen BETWEEN 0 AND 9000000000000000000),
        commission_basis         text CHECK (commission_basis IN ('contract_amount', 'tech_amount', 'net_income')),
        commission_note          text CHECK (length(commission_note) <= 2000),
        signed_at                timestamptz,
        dropped_at               timestamptz,
        drop_reason              text,
        version                  int NOT NULL DEFAULT 1,
        created_at               timestamptz NOT NULL DEFAULT now(),
        updated_at               timestamptz NOT NULL DEFAULT now(),
        CHECK (need_id IS NOT NULL OR achievement_id IS NOT NULL OR challenge_application_id IS NOT NULL OR match_ref IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX deal_broker_idx ON deal (broker_user_id, stage)`);
    await q.query(`
      CREATE TABLE deal_party (
        deal_id      uuid NOT NULL REFERENCES deal(id) ON DELETE CASCADE,
        org_id       uuid NOT NULL REFERENCES organization(id),
        role         text NOT NULL CHECK (role IN ('seller', 'buyer')),
        region_code  varchar(6) NOT NULL REFERENCES region(code),
        status       text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'accepted', 'declined')),
        invited_at   timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        responded_by uuid REFERENCES app_user(id),
        PRIMARY KEY (deal_id, org_id)
      )`);
    await q.query(`CREATE INDEX deal_party_org_idx ON deal_party (org_id)`);
    await q.query(`CREATE INDEX deal_party_region_idx ON deal_party (region_code)`);
    await q.query(`
      CREATE TABLE deal_event (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        deal_id       uuid NOT NULL REFERENCES deal(id) ON DELETE CASCADE,
        occurred_at   timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user(id),
        kind          text NOT NULL CHECK (kind IN ('opened', 'stage', 'note', 'invited', 'accepted', 'declined', 'commission')),
        from_stage    text,
        to_stage      text,
        note          text CHECK (length(note) <= 5000)
      )`);
    await q.query(`CREATE INDEX deal_event_deal_idx ON deal_event (deal_id, occurred_at, id)`);

    await q.query(`
      CREATE TABLE tech_contract (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title                     text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
        status                    text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'rejected', 'certified')),
        contract_type_code        varchar(48) NOT NULL REFERENCES contract_type(code),
        contract_subtype_code     varchar(48) NOT NULL REFERENCES contract_type(code),
        tech_field_code           varchar(16) NOT NULL REFERENCES tech_field(code),
        seller_org_id             uuid NOT NULL REFERENCES organization(id),
        seller_name               text NOT NULL,
        seller_region_code        varchar(6) NOT NULL REFERENCES region(code),
        buyer_org_id              uuid REFERENCES organization(id),
        buyer_name                text NOT NULL,
        buyer_region_code         varchar(6) NOT NULL REFERENCES region(code),
        intermediary_org_id       uuid REFERENCES organization(id),
        intermediary_name         text,
        intermediary_region_code  varchar(6) REFERENCES region(code),
        ${MONEY('contract_amount_fen')},
        ${MONEY('tech_amount_fen')},
        signed_on                 date NOT NULL,
        term_start                date,
        term_end                  date,
        negotiated_price          boolean NOT NULL DEFAULT false,
        team_share_percent        numeric(5,2) CHECK (team_share_percent BETWEEN 0 AND 100),
        staff_share_percent       numeric(5,2) CHECK (staff_share_percent BETWEEN 0 AND 100),
        deal_id                   uuid REFERENCES deal(id),
        achievement_id            uuid REFERENCES achievement(id),
        need_id                   uuid REFERENCES tech_need(id),
        created_by                uuid NOT NULL REFERENCES app_user(id),
        created_by_org_id         uuid NOT NULL REFERENCES organization(id),
        submitted_at              timestamptz,
        submitted_by              uuid REFERENCES app_user(id),
        deadline_on               date,
        rejection_reason_code     varchar(48) REFERENCES rejection_reason(code),
        rejection_comment         text,
        rejected_at               timestamptz,
        certified_at              timestamptz,
        certified_on              date,
        certified_by              uuid REFERENCES app_user(id),
        registry_region_code      varchar(6) REFERENCES region(code),
        registration_no           varchar(16) UNIQUE,
        approved_contract_amount_fen bigint CHECK (approved_contract_amount_fen BETWEEN 0 AND 9000000000000000000),
        approved_tech_amount_fen  bigint CHECK (approved_tech_amount_fen BETWEEN 0 AND 9000000000000000000),
        version                   int NOT NULL DEFAULT 1,
        created_at                timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now(),
        CHECK (tech_amount_fen <= contract_amount_fen),
        CHECK (approved_tech_amount_fen IS NULL OR approved_tech_amount_fen <= approved_contract_amount_fen),
        CHECK (coalesce(team_share_percent, 0) + coalesce(staff_share_percent, 0) <= 100),
        CHECK (term_end IS NULL OR term_start IS NULL OR term_start <= term_end),
        CHECK (status <> 'certified' OR (registration_no IS NOT NULL AND approved_contract_amount_fen IS NOT NULL AND certified_on IS NOT NULL)),
        CHECK (status <> 'rejected' OR rejection_reason_code IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX tech_contract_seller_idx ON tech_contract (seller_org_id, status)`);
    await q.query(`CREATE INDEX tech_contract_buyer_idx ON tech_contract (buyer_org_id)`);
    await q.query(
      `CREATE INDEX tech_contract_queue_idx ON tech_contract (seller_region_code, deadline_on) WHERE status = 'submitted'`,
    );
    await q.query(
      `CREATE INDEX tech_contract_certified_idx ON tech_contract (registry_region_code, certified_on) WHERE status = 'certified'`,
    );
    await q.query(`CREATE INDEX tech_contract_deal_idx ON tech_contract (deal_id)`);

    // Amendments and cancellations: new rows with signed deltas; the certified row never changes.
    await q.query(`
      CREATE TABLE contract_adjustment (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id          uuid NOT NULL REFERENCES tech_contract(id),
        kind                 text NOT NULL CHECK (kind IN ('amendment', 'cancellation')),
        effective_date       date NOT NULL,
        contract_amount_delta_fen bigint NOT NULL,
        tech_amount_delta_fen     bigint NOT NULL,
        count_delta          int NOT NULL CHECK (count_delta IN (-1, 0)),
        contract_amount_after_fen bigint NOT NULL CHECK (contract_amount_after_fen >= 0),
        tech_amount_after_fen     bigint NOT NULL CHECK (tech_amount_after_fen >= 0 AND tech_amount_after_fen <= contract_amount_after_fen),
        reason               text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        recorded_by          uuid NOT NULL REFERENCES app_user(id),
        recorded_at          timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'cancellation' OR count_delta = -1)
      )`);
    await q.query(`CREATE INDEX contract_adjustment_contract_idx ON contract_adjustment (contract_id, recorded_at)`);
    await q.query(
      `CREATE UNIQUE INDEX contract_adjustment_one_cancellation ON contract_adjustment (contract_id) WHERE kind = 'cancellation'`,
    );

    await q.query(`
      CREATE TABLE registration_counter (
        region_code varchar(6) NOT NULL REFERENCES region(code),
        year        int NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        last_seq    int NOT NULL CHECK (last_seq BETWEEN 1 AND 999999),
        PRIMARY KEY (region_code, year)
      )`);
    // Per-region registration time limit; the nearest ancestor's row applies, else 15.
    await q.query(`
      CREATE TABLE registration_time_limit (
        region_code  varchar(6) PRIMARY KEY REFERENCES region(code),
        working_days int NOT NULL CHECK (working_days BETWEEN 1 AND 60),
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE work_calendar (
        day        date PRIMARY KEY,
        is_workday boolean NOT NULL,
        name       text NOT NULL
      )`);
    for (const [day, work, name] of CALENDAR) {
      await q.query(`INSERT INTO work_calendar (day, is_workday, name) VALUES ($1, $2, $3)`, [day, work, name]);
    }

    await q.query(`
      CREATE TABLE price_publication (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id   uuid NOT NULL UNIQUE REFERENCES tech_contract(id),
        title         text NOT NULL,
        seller_name   text NOT NULL,
        buyer_name    text NOT NULL,
        ${MONEY('price_fen')},
        mode          text NOT NULL CHECK (mode IN ('transfer', 'licence')),
        region_code   varchar(6) NOT NULL REFERENCES region(code),
        start_on      date NOT NULL,
        end_on        date NOT NULL,
        created_by    uuid NOT NULL REFERENCES app_user(id),
        created_at    timestamptz NOT NULL DEFAULT now(),
        CHECK (end_on >= start_on + 15)
      )`);
    await q.query(`CREATE INDEX price_publication_current_idx ON price_publication (start_on, end_on)`);
    await q.query(`
      CREATE TABLE price_publication_objection (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        publication_id  uuid NOT NULL REFERENCES price_publication(id),
        submitted_by    uuid REFERENCES app_user(id),
        submitter_name  text NOT NULL CHECK (length(submitter_name) BETWEEN 1 AND 100),
        contact         text CHECK (length(contact) <= 200),
        content         text NOT NULL CHECK (length(content) BETWEEN 1 AND 5000),
        submitted_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX price_publication_objection_pub_idx ON price_publication_objection (publication_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE price_publication_objection, price_publication, work_calendar, registration_time_limit, registration_counter`,
    );
    await q.query(`DROP TABLE contract_adjustment, tech_contract, deal_event, deal_party, deal, idempotency_key`);
  }
}
