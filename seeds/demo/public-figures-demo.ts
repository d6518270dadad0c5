import type { DataSource } from 'typeorm';
import type { DemoLoader } from './demo-loader.js';

/**
 * 淮北 publishes its figures (its plan asks to "动态发布我市科技成果转化各项指标", 004); the other
 * demo bureaus have not decided, so their public pages answer 404.
 */
export async function loadPublicFiguresDemo(ds: DataSource): Promise<number> {
  const rows: unknown[] = await ds.query(
    `INSERT INTO public_figures_setting (region_code, published, updated_by)
     SELECT '340600', true, id FROM app_user WHERE email = 'huaibei-admin@demo.techmarket.cn'
     RETURNING region_code`,
  );
  return rows.length;
}

export const publicFiguresDemoLoader: DemoLoader = { name: 'public-figures', load: loadPublicFiguresDemo };
