import type { DataSource } from 'typeorm';
import { creditCodeCheckChar } from '../../libs/identity/src/index.js';
import { seededRandom } from '../../libs/shared/random/index.js';
import type { DemoLoader } from './demo-loader.js';

/** Per bureau: its region's counties, and how many entries of each kind it keeps (2021–2026). */
const PLAN: { login: string; regions: string[]; kinds: [string, number][] }[] = [
  {
    login: 'huaibei-staff',
    regions: ['340602', '340603', '340604', '340621'],
    kinds: [
      ['high_tech_enterprise', 46],
      ['tech_sme', 60],
      ['pilot_base', 2],
      ['innovation_platform', 6],
    ],
  },
  {
    login: 'lixin-staff',
    regions: ['341623'],
    kinds: [
      ['high_tech_enterprise', 24],
      ['tech_sme', 40],
    ],
  },
  {
    login: 'xichou-staff',
    regions: ['532623'],
    kinds: [
      ['transfer_center', 1],
      ['sci_tech_commissioner', 30],
    ],
  },
];
const NAMES = ['新材料', '智能装备', '生物科技', '新能源', '电子信息', '环保科技', '农业科技', '精密机械'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰'];

/**
 * The demo registries: 淮北's 高企, 科小, 中试基地 and platforms, 利辛's 高企 and 科小, 西畴's
 * transfer centre and 科技特派员, recognised on dates from 2021 to the present, each entered by
 * its bureau's staff. Deterministic (a seeded PRNG); written directly like the listings demo.
 */
export async function loadRegistriesDemo(ds: DataSource): Promise<number> {
  const rnd = seededRandom(20261206);
  let created = 0;
  for (const plan of PLAN) {
    const [user]: { id: string }[] = await ds.query(`SELECT id FROM app_user WHERE email = $1`, [
      `${plan.login}@demo.techmarket.cn`,
    ]);
    if (!user) continue;
    for (const [kind, n] of plan.kinds) {
      for (let i = 0; i < n; i++) {
        const region = plan.regions[i % plan.regions.length]!;
        const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(rnd() * 5.8 * 365) * 86_400_000);
        const on = day.toISOString().slice(0, 10);
        const certificate = kind === 'high_tech_enterprise' || kind === 'tech_sme';
        const years = kind === 'high_tech_enterprise' ? 3 : 1;
        const until = new Date(Date.UTC(day.getUTCFullYear() + years, day.getUTCMonth(), day.getUTCDate() - 1));
        const body = `91${region}D${String(created).padStart(8, '0')}`;
        const commissioner = kind === 'sci_tech_commissioner';
        await ds.query(
          `INSERT INTO registry_entry (kind, region_code, name, credit_code, certificate_no, recognised_on, valid_until, host, entered_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            kind,
            region,
            commissioner
              ? `${SURNAMES[i % 10]}${GIVEN[Math.floor(rnd() * 10)]}`
              : `${plan.login.startsWith('huaibei') ? '淮北' : plan.login.startsWith('lixin') ? '利辛' : '西畴'}${NAMES[i % NAMES.length]}${kind === 'pilot_base' ? '中试基地' : kind === 'transfer_center' ? '科技成果转化中心' : kind === 'innovation_platform' ? '工程技术研究中心' : `有限公司${i + 1}`}`,
            certificate ? body + creditCodeCheckChar(body) : null,
            certificate
              ? `${kind === 'tech_sme' ? 'KX' : 'GR'}${day.getUTCFullYear()}${region}${String(i).padStart(4, '0')}`
              : null,
            on,
            certificate ? until.toISOString().slice(0, 10) : null,
            commissioner ? `西畴县${['兴街镇', '西洒镇', '法斗乡', '莲花塘乡'][i % 4]}` : null,
            user.id,
          ],
        );
        created++;
      }
    }
  }
  return created;
}

export const registriesDemoLoader: DemoLoader = { name: 'registries', load: loadRegistriesDemo };
