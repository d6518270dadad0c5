import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The references of stats_ledger and imported_contract (regions, contract types, technical
 * fields; the import job) are checked once per statement for the distinct keys it inserted,
 * instead of once per row and key by foreign-key triggers (issue 21, imports near COPY).
 *
 * Measured on 100,000 contracts inserted in batches of 10,000 (embedded PostgreSQL 18, this
 * 2-core machine): the ledger insert took 4.0-4.9 s with its six foreign keys and 0.9-1.0 s with
 * the statement check; a foreign-key check costs ~5 µs a row and key, 13 of them per imported
 * contract — more than everything else a contract costs put together.
 *
 * What a foreign key guarantees is kept, by two halves:
 * - child side: an AFTER INSERT (and UPDATE) … FOR EACH STATEMENT trigger locks the distinct referenced rows
 *   FOR KEY SHARE (what the foreign-key check locks, so a concurrent delete of a referenced
 *   region waits for this transaction) and refuses a missing one with SQLSTATE 23503 and the
 *   foreign-key DETAIL wording, so callers map it as before (LEDGER_REFERENCE_UNKNOWN).
 * - parent side: deleting a referenced row or changing its key is refused (23503) while a
 *   ledger or imported-contract row refers to it, as NO ACTION did. Like the foreign keys,
 *   this scans the child tables (they have no index on these columns; the parents are code
 *   tables that are corrected, not deleted).
 * Unlike a foreign key, the parent-side check reads with the deleting statement's snapshot: a
 * REPEATABLE READ transaction deleting a region could miss a reference committed after its
 * snapshot was taken. Nothing deletes regions, contract types or fields (seeds upsert them).
 */
const CHILDREN = {
  stats_ledger: {
    region: ['seller_region_code', 'buyer_region_code', 'registry_region_code'],
    contract_type: ['contract_type_code', 'contract_subtype_code'],
    tech_field: ['tech_field_code'],
  },
  imported_contract: {
    import_job: ['import_job_id'],
    region: ['seller_region_code', 'buyer_region_code', 'registry_region_code'],
    contract_type: ['contract_type_code', 'contract_subtype_code'],
    tech_field: ['tech_field_code'],
  },
} as const;
type Child = keyof typeof CHILDREN;
const KEY: Record<string, string> = { region: 'code', contract_type: 'code', tech_field: 'code', import_job: 'id' };

export class SetBasedReferences1765400800000 implements MigrationInterface {
  name = 'SetBasedReferences1765400800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION lock_referenced_keys(parent regclass, key_column text, keys text[], child text)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        missing text;
        -- Compared in the key's own type, so that the parent's primary key index answers.
        key_type text := (SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = parent AND attname = key_column);
      BEGIN
        EXECUTE format('SELECT 1 FROM %s WHERE %I = ANY($1::%s[]) ORDER BY %I FOR KEY SHARE', parent, key_column, key_type, key_column)
          USING keys;
        EXECUTE format('SELECT k FROM unnest($1) AS k WHERE NOT EXISTS (SELECT 1 FROM %s p WHERE p.%I = k::%s) LIMIT 1',
                       parent, key_column, key_type)
          INTO missing USING keys;
        IF missing IS NOT NULL THEN
          RAISE EXCEPTION 'insert on table "%" refers to a row of "%" that does not exist', child, parent
            USING ERRCODE = 'foreign_key_violation', TABLE = child,
                  DETAIL = format('Key (%s)=(%s) is not present in table "%s".', key_column, missing, parent);
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION refuse_referenced_key() RETURNS trigger LANGUAGE plpgsql AS $$
      -- TG_ARGV: the key column, then pairs of (child table, child column).
      DECLARE
        key text := to_jsonb(OLD) ->> TG_ARGV[0];
        hit boolean;
      BEGIN
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) ->> TG_ARGV[0]) IS NOT DISTINCT FROM key THEN
          RETURN NEW;
        END IF;
        FOR i IN 1 .. TG_NARGS - 1 BY 2 LOOP
          EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I = $1::%s)', TG_ARGV[i], TG_ARGV[i + 1],
                         (SELECT format_type(atttypid, atttypmod) FROM pg_attribute
                           WHERE attrelid = TG_ARGV[i]::regclass AND attname = TG_ARGV[i + 1]))
            INTO hit USING key;
          IF hit THEN
            RAISE EXCEPTION 'update or delete on table "%" leaves rows of "%" without their reference', TG_TABLE_NAME, TG_ARGV[i]
              USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME,
                    DETAIL = format('Key (%s)=(%s) is still referenced from table "%s".', TG_ARGV[0], key, TG_ARGV[i]);
          END IF;
        END LOOP;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    for (const child of Object.keys(CHILDREN) as Child[]) {
      const checks = Object.entries(CHILDREN[child]).map(([parent, cols]) => {
        // UNION: the distinct keys by hashing, not by sorting every row's key.
        const keys = cols.map((c) => `SELECT ${c}::text AS k FROM new_rows`).join(' UNION ');
        return `PERFORM lock_referenced_keys('${parent}', '${KEY[parent]}', (SELECT array_agg(k) FROM (${keys}) AS u), '${child}');`;
      });
      await q.query(`
        CREATE FUNCTION ${child}_references() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${checks.join('\n          ')}
          RETURN NULL;
        END $$`);
      // One trigger per event: a trigger with transition tables may have only one.
      for (const event of ['insert', 'update'])
        await q.query(`
          CREATE TRIGGER ${child}_references_${event} AFTER ${event.toUpperCase()} ON ${child}
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${child}_references()`);
      for (const cols of Object.values(CHILDREN[child]))
        for (const col of cols) await q.query(`ALTER TABLE ${child} DROP CONSTRAINT ${child}_${col}_fkey`);
    }
    for (const parent of Object.keys(KEY)) {
      const args = (Object.keys(CHILDREN) as Child[]).flatMap((child) =>
        ((CHILDREN[child] as Record<string, readonly string[]>)[parent] ?? []).flatMap((col) => [
          `'${child}'`,
          `'${col}'`,
        ]),
      );
      await q.query(`
        CREATE TRIGGER ${parent}_referenced BEFORE DELETE OR UPDATE OF ${KEY[parent]} ON ${parent}
        FOR EACH ROW EXECUTE FUNCTION refuse_referenced_key('${KEY[parent]}', ${args.join(', ')})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const parent of Object.keys(KEY)) await q.query(`DROP TRIGGER ${parent}_referenced ON ${parent}`);
    for (const child of Object.keys(CHILDREN) as Child[]) {
      for (const event of ['insert', 'update']) await q.query(`DROP TRIGGER ${child}_references_${event} ON ${child}`);
      await q.query(`DROP FUNCTION ${child}_references()`);
      for (const [parent, cols] of Object.entries(CHILDREN[child]))
        for (const col of cols)
          await q.query(
            `ALTER TABLE ${child} ADD CONSTRAINT ${child}_${col}_fkey FOREIGN KEY (${col}) REFERENCES ${parent}(${KEY[parent]})`,
          );
    }
    await q.query(`DROP FUNCTION refuse_referenced_key()`);
    await q.query(`DROP FUNCTION lock_referenced_keys(regclass, text, text[], text)`);
  }
}
