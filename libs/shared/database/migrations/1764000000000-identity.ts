import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations, users, sessions (refresh tokens), login throttling and the append-only audit
 * log. Other domains reference organization(id) and app_user(id).
 */
export class Identity1764000000000 implements MigrationInterface {
  name = 'Identity1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type                text NOT NULL CHECK (type IN ('enterprise', 'university', 'research_institute', 'broker_agency', 'bureau', 'platform')),
        name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        credit_code         varchar(32) NOT NULL,
        region_code         varchar(6) NOT NULL REFERENCES region(code),
        contact_name        text,
        contact_phone       text,
        contact_email       text,
        address             text,
        verification_status text NOT NULL DEFAULT 'pending' CHECK (verification_status IN ('pending', 'verified', 'rejected')),
        rejection_reason    text,
        verified_by         uuid,
        verified_at         timestamptz,
        review_listings     boolean NOT NULL DEFAULT true,
        version             int NOT NULL DEFAULT 1,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_credit_code_key UNIQUE (credit_code),
        CHECK (verification_status <> 'rejected' OR rejection_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX organization_region_idx ON organization (region_code, verification_status)`);
    await q.query(`
      CREATE TABLE app_user (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id               uuid NOT NULL REFERENCES organization(id),
        email                text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        phone                varchar(20),
        display_name         text NOT NULL,
        password_hash        text,
        roles                text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['org_admin', 'member', 'broker', 'bureau_staff', 'bureau_admin', 'platform_admin']::text[]),
        status               text NOT NULL DEFAULT 'active' CHECK (status IN ('invited', 'active', 'disabled')),
        invite_token_hash    text UNIQUE,
        invite_expires_at    timestamptz,
        totp_secret          text,
        totp_enabled         boolean NOT NULL DEFAULT false,
        failed_login_count   int NOT NULL DEFAULT 0,
        locked_until         timestamptz,
        last_login_at        timestamptz,
        version              int NOT NULL DEFAULT 1,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'active' OR password_hash IS NOT NULL),
        CHECK (NOT totp_enabled OR totp_secret IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await q.query(`CREATE UNIQUE INDEX app_user_phone_key ON app_user (phone) WHERE phone IS NOT NULL`);
    await q.query(`CREATE INDEX app_user_org_idx ON app_user (org_id)`);
    await q.query(
      `ALTER TABLE organization ADD CONSTRAINT organization_verified_by_fkey FOREIGN KEY (verified_by) REFERENCES app_user(id)`,
    );

    // One row per login; refresh tokens rotate inside it. Revoking the session ends every
    // token of that login, including access tokens (they carry the session id).
    await q.query(`
      CREATE TABLE auth_session (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id             uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at          timestamptz NOT NULL DEFAULT now(),
        last_seen_at        timestamptz NOT NULL DEFAULT now(),
        idle_expires_at     timestamptz NOT NULL,
        absolute_expires_at timestamptz NOT NULL,
        revoked_at          timestamptz,
        revoke_reason       text,
        ip                  text,
        user_agent          text
      )`);
    await q.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE refresh_token (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id  uuid NOT NULL REFERENCES auth_session(id) ON DELETE CASCADE,
        token_hash  text NOT NULL UNIQUE,
        created_at  timestamptz NOT NULL DEFAULT now(),
        used_at     timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_token_session_idx ON refresh_token (session_id)`);
    await q.query(`
      CREATE TABLE login_throttle (
        key              text PRIMARY KEY,
        failures         int NOT NULL DEFAULT 0,
        window_started_at timestamptz NOT NULL DEFAULT now(),
        locked_until     timestamptz
      )`);

    // 等保: audit rows are kept (≥ 6 months) and never changed; the trigger refuses UPDATE and
    // DELETE for every role, the application included.
    await q.query(`
      CREATE TABLE audit_log (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at   timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user(id),
        actor_org_id  uuid REFERENCES organization(id),
        region_code   varchar(6) REFERENCES region(code),
        action        text NOT NULL,
        target_type   text NOT NULL,
        target_id     text,
        before        jsonb,
        after         jsonb,
        ip            text,
        request_id    text
      )`);
    await q.query(`CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at DESC)`);
    await q.query(`CREATE INDEX audit_log_region_idx ON audit_log (region_code, occurred_at DESC)`);
    await q.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, occurred_at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_immutable()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_immutable()`);
    await q.query(`DROP TABLE login_throttle, refresh_token, auth_session`);
    await q.query(`ALTER TABLE organization DROP CONSTRAINT organization_verified_by_fkey`);
    await q.query(`DROP TABLE app_user, organization`);
  }
}
