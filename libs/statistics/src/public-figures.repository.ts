import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../shared/database/index.js';

export interface PublicSettingRow {
  region_code: string;
  published: boolean;
  updated_at: Date;
}

/** SQL for public_figures_setting; every query takes the caller's EntityManager. */
@Injectable()
export class PublicFiguresRepository {
  async setting(em: Queryable, regionCode: string): Promise<PublicSettingRow | null> {
    const rows: PublicSettingRow[] = await em.query(
      `SELECT region_code, published, updated_at FROM public_figures_setting WHERE region_code = $1`,
      [regionCode],
    );
    return rows[0] ?? null;
  }

  async save(em: Queryable, regionCode: string, published: boolean, userId: string): Promise<PublicSettingRow> {
    const [row] = await returningRows<PublicSettingRow>(
      em,
      `INSERT INTO public_figures_setting (region_code, published, updated_by, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (region_code) DO UPDATE SET published = EXCLUDED.published, updated_by = EXCLUDED.updated_by,
           updated_at = now()
         RETURNING region_code, published, updated_at`,
      [regionCode, published, userId],
    );
    return row!;
  }

  /** The regions that publish, in code order (a handful: one per bureau at most). */
  async published(em: Queryable): Promise<string[]> {
    const rows: { region_code: string }[] = await em.query(
      `SELECT region_code FROM public_figures_setting WHERE published ORDER BY region_code`,
    );
    return rows.map((r) => r.region_code);
  }
}
