import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching's stored terms (`match_listing_terms.terms`) in the compact form: per field one string
 * of its distinct terms joined by a space and an array of their frequencies, instead of one JSON
 * object per field (term → frequency). A match request parses the stored terms of a few hundred
 * candidates; objects of a hundred keys each were most of the api's CPU per match
 * (libs/matching/README.md). Rows written before are rewritten here, in their field and key order.
 */
export class CompactListingTerms1765401010000 implements MigrationInterface {
  name = 'CompactListingTerms1765401010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE match_listing_terms m SET terms = json_build_object(
        'len', m.terms->'len',
        't', (SELECT json_agg(coalesce((SELECT string_agg(e.key, ' ' ORDER BY e.o)
                                          FROM json_each(x.f) WITH ORDINALITY AS e(key, value, o)), '') ORDER BY x.i)
                FROM json_array_elements(m.terms->'f') WITH ORDINALITY AS x(f, i)),
        'n', (SELECT json_agg(coalesce((SELECT json_agg(e.value ORDER BY e.o)
                                          FROM json_each(x.f) WITH ORDINALITY AS e(key, value, o)), '[]'::json) ORDER BY x.i)
                FROM json_array_elements(m.terms->'f') WITH ORDINALITY AS x(f, i)))
       WHERE m.terms->'f' IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE match_listing_terms m SET terms = json_build_object(
        'len', m.terms->'len',
        'f', (SELECT json_agg(coalesce((SELECT json_object_agg(w.term, (m.terms->'n'->(x.i::int - 1)->>(w.k::int - 1))::int ORDER BY w.k)
                                          FROM unnest(string_to_array(nullif(x.s, ''), ' ')) WITH ORDINALITY AS w(term, k)), '{}'::json) ORDER BY x.i)
                FROM json_array_elements_text(m.terms->'t') WITH ORDINALITY AS x(s, i)))
       WHERE m.terms->'t' IS NOT NULL`);
  }
}
