import type { MigrationInterface, QueryRunner } from 'typeorm';

const LISTING_STATUS = `status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'published', 'rejected', 'withdrawn', 'closed'))`;

/** Columns every listing kind shares: owner, lifecycle, review, optimistic-lock version. */
const COMMON = `
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id          uuid NOT NULL REFERENCES organization(id),
  created_by      uuid NOT NULL REFERENCES app_user(id),
  title           text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  description     text NOT NULL CHECK (length(description) BETWEEN 1 AND 20000),
  keywords        text[] NOT NULL DEFAULT '{}' CHECK (cardinality(keywords) <= 10),
  tech_field_code varchar(16) NOT NULL REFERENCES tech_field(code),
  region_code     varchar(6) NOT NULL REFERENCES region(code),
  contact_name    text,
  contact_phone   text,
  ${LISTING_STATUS},
  reject_reason   text,
  reviewed_by     uuid REFERENCES app_user(id),
  reviewed_at     timestamptz,
  submitted_at    timestamptz,
  published_at    timestamptz,
  closed_at       timestamptz,
  version         int NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'rejected' OR reject_reason IS NOT NULL)`;

/**
 * Listings (技术需求, 科技成果, 揭榜挂帅 with applications), the transactional outbox that feeds
 * the search index, and the synonym table of the search engine.
 */
export class ListingsSearch1764100000000 implements MigrationInterface {
  name = 'ListingsSearch1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // The outbox: written in the business transaction, relayed by the worker. `aggregate_key`
    // lets the relay keep at most one in-flight row per aggregate (ordered application).
    await q.query(`
      CREATE TABLE outbox_message (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        topic         text NOT NULL,
        aggregate_key text NOT NULL,
        aggregate_version int,
        payload       jsonb NOT NULL DEFAULT '{}',
        created_at    timestamptz NOT NULL DEFAULT now(),
        available_at  timestamptz NOT NULL DEFAULT now(),
        locked_until  timestamptz,
        attempts      int NOT NULL DEFAULT 0,
        last_error    text,
        processed_at  timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox_message (available_at, id) WHERE processed_at IS NULL`);
    await q.query(`CREATE INDEX outbox_aggregate_idx ON outbox_message (aggregate_key) WHERE processed_at IS NULL`);

    await q.query(`
      CREATE TABLE search_synonym_group (
        id         serial PRIMARY KEY,
        terms      text[] NOT NULL CHECK (cardinality(terms) BETWEEN 2 AND 20),
        note       text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    const groups: [string[], string][] = [
      [['锂电池', '锂离子电池'], '简称/全称'],
      [['新能源汽车', '电动汽车', '新能源车'], '近义'],
      [['光伏', '太阳能光伏', '光伏发电'], '简称/全称'],
      [['人工智能', 'AI'], '简称/全称'],
      [['物联网', 'IoT'], '简称/全称'],
      [['无人机', '无人驾驶航空器'], '简称/全称'],
      [['集成电路', '芯片', 'IC'], '近义'],
      [['5G', '第五代移动通信'], '简称/全称'],
      [['中试', '中间试验'], '简称/全称'],
      [['污水处理', '废水处理'], '近义'],
      [['大数据', '海量数据'], '近义'],
      [['北斗', '北斗卫星导航系统'], '简称/全称'],
      [['生物医药', '生物制药'], '近义'],
      [['储能', '能量存储'], '简称/全称'],
      [['氢能', '氢能源'], '简称/全称'],
      [['数控机床', 'CNC机床'], '简称/全称'],
      [['农机', '农业机械'], '简称/全称'],
      [['碳纤维', '碳纤维复合材料'], '近义'],
      [['石墨烯', '单层石墨'], '近义'],
      [['秸秆还田', '秸秆综合利用'], '近义'],
      [['知识产权', 'IP'], '简称/全称'],
      [['科技成果转化', '成果转化'], '简称/全称'],
    ];
    for (const [terms, note] of groups) {
      await q.query(`INSERT INTO search_synonym_group (terms, note) VALUES ($1, $2)`, [terms, note]);
    }

    await q.query(`
      CREATE TABLE tech_need (${COMMON},
        industry          text,
        budget_min_fen    bigint CHECK (budget_min_fen >= 0),
        budget_max_fen    bigint CHECK (budget_max_fen >= 0),
        deadline          date,
        cooperation_modes text[] NOT NULL DEFAULT '{}',
        visibility        text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'verified')),
        anonymous         boolean NOT NULL DEFAULT false,
        CHECK (budget_min_fen IS NULL OR budget_max_fen IS NULL OR budget_min_fen <= budget_max_fen)
      )`);
    await q.query(`
      CREATE TABLE achievement (${COMMON},
        registry_number  varchar(12) CHECK (registry_number ~ '^[0-9A-Z]{3}[0-9]{4}[A-Z0-9][0-9]{4}$'),
        achievement_type text NOT NULL CHECK (achievement_type IN ('applied', 'basic', 'soft')),
        trl              smallint NOT NULL CHECK (trl BETWEEN 1 AND 9),
        ip_items         jsonb NOT NULL DEFAULT '[]',
        team             jsonb NOT NULL DEFAULT '[]',
        transfer_modes   text[] NOT NULL DEFAULT '{}',
        price_fen        bigint CHECK (price_fen >= 0),
        negotiable       boolean NOT NULL DEFAULT false,
        CHECK (negotiable OR price_fen IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE challenge (${COMMON},
        reward_fen             bigint NOT NULL CHECK (reward_fen >= 0),
        deadline               date,
        awarded_application_id uuid
      )`);
    await q.query(`
      CREATE TABLE challenge_application (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenge(id),
        org_id       uuid NOT NULL REFERENCES organization(id),
        applied_by   uuid NOT NULL REFERENCES app_user(id),
        team_name    text NOT NULL CHECK (length(team_name) BETWEEN 1 AND 200),
        proposal     text NOT NULL CHECK (length(proposal) BETWEEN 1 AND 20000),
        status       text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'awarded', 'not_awarded', 'withdrawn')),
        decided_at   timestamptz,
        created_at   timestamptz NOT NULL DEFAULT now(),
        UNIQUE (challenge_id, org_id)
      )`);
    await q.query(
      `ALTER TABLE challenge ADD CONSTRAINT challenge_awarded_fkey FOREIGN KEY (awarded_application_id) REFERENCES challenge_application(id)`,
    );
    for (const t of ['tech_need', 'achievement', 'challenge']) {
      await q.query(`CREATE INDEX ${t}_org_idx ON ${t} (org_id, status)`);
      await q.query(`CREATE INDEX ${t}_review_idx ON ${t} (region_code) WHERE status = 'submitted'`);
      await q.query(`CREATE INDEX ${t}_published_idx ON ${t} (published_at, id) WHERE status = 'published'`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE challenge DROP CONSTRAINT challenge_awarded_fkey`);
    await q.query(
      `DROP TABLE challenge_application, challenge, achievement, tech_need, search_synonym_group, outbox_message`,
    );
  }
}
