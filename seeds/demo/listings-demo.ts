import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { creditCodeCheckChar } from '../../libs/identity/src/index.js';
import { LISTING_CHANGED, listingEventKey, type ListingKind } from '../../libs/listings/src/index.js';
import { publishEvents } from '../../libs/shared/jobs/index.js';
import type { DemoLoader } from './demo-loader.js';
import { demoPapers, type Paper } from './demo-papers.js';
import { seededRandom, uuidFromText } from '../../libs/shared/random/index.js';

/**
 * The demo market's inventory: about 150 achievements and 150 needs drawn from real Chinese
 * paper metadata (CSL, Apache-2.0: titles, abstracts, keywords; seeds/demo/data/NOTICE-csl.txt),
 * plus 揭榜挂帅 challenges from templates, spread over the demo regions and all 11 fields.
 * Published rows get a `listing.changed` event each, so the worker indexes them after start. Deterministic.
 */

export { demoPapers };

/** Hand-written items so that fields the papers barely cover (核应用, 航空航天) are present too. */
const EXTRA: { field: string; title: string; description: string; keywords: string[] }[] = [
  {
    field: '08',
    title: '钴-60 辐照灭菌工艺在中药饮片中的应用',
    description: '利用钴-60 伽马射线对中药饮片进行低剂量辐照灭菌，控制微生物限度，保持有效成分含量。',
    keywords: ['辐照灭菌', '中药饮片'],
  },
  {
    field: '08',
    title: '电子束辐照降解工业废水中的难降解有机物',
    description: '采用电子加速器产生的电子束处理印染废水，提高可生化性，降低化学需氧量。',
    keywords: ['电子束', '废水处理'],
  },
  {
    field: '08',
    title: '农产品辐照保鲜技术',
    description: '以低剂量辐照抑制马铃薯、洋葱发芽，延长贮藏期，适用于县域冷链不足的地区。',
    keywords: ['辐照保鲜', '农产品'],
  },
  {
    field: '02',
    title: '植保无人机变量喷施控制系统',
    description: '基于多光谱处方图的植保无人机变量喷施，减少农药用量，提高作业效率。',
    keywords: ['无人机', '变量喷施'],
  },
  {
    field: '02',
    title: '航空发动机叶片激光冲击强化工艺',
    description: '采用激光冲击强化提高钛合金叶片的抗疲劳性能。',
    keywords: ['激光冲击', '叶片'],
  },
  {
    field: '06',
    title: '锂电池梯次利用健康状态快速评估',
    description: '针对退役动力锂电池，基于交流阻抗的健康状态快速分选方法，适用于储能梯次利用。',
    keywords: ['锂电池', '梯次利用', '储能'],
  },
  {
    field: '10',
    title: '新能源汽车电驱系统热管理',
    description: '电动汽车电驱动系统的油冷热管理方案，提高持续功率。',
    keywords: ['新能源汽车', '热管理'],
  },
  {
    field: '07',
    title: '煤矸石制备陶粒及综合利用',
    description: '以煤矸石为主要原料烧制轻质陶粒，用于建材，实现固废资源化。',
    keywords: ['煤矸石', '综合利用'],
  },
  {
    field: '09',
    title: '三七连作障碍土壤修复技术',
    description: '针对文山三七连作障碍，采用土壤熏蒸与生物有机肥联合修复。',
    keywords: ['三七', '连作障碍'],
  },
  {
    field: '11',
    title: '县城老旧小区海绵化改造技术',
    description: '透水铺装、雨水花园与调蓄设施组合，降低内涝风险。',
    keywords: ['海绵城市', '老旧小区'],
  },
];

const REGIONS = [
  '341623',
  '341621',
  '341602',
  '340602',
  '340603',
  '340621',
  '371302',
  '371311',
  '371321',
  '210602',
  '210603',
  '210681',
  '532623',
  '532601',
];

const UNIVERSITIES: [string, string, 'university' | 'research_institute'][] = [
  ['340111', '合肥工业大学', 'university'],
  ['340104', '中国科学技术大学', 'university'],
  ['340602', '淮北师范大学', 'university'],
  ['341602', '亳州学院', 'university'],
  ['371302', '临沂大学', 'university'],
  ['210202', '大连理工大学', 'university'],
  ['530102', '昆明理工大学', 'university'],
  ['210602', '辽东学院', 'university'],
  ['340603', '淮北市煤基新材料研究院', 'research_institute'],
  ['532601', '文山三七研究院', 'research_institute'],
];
const ENTERPRISE_SUFFIX = [
  '新材料科技有限公司',
  '智能装备制造有限公司',
  '现代农业发展有限公司',
  '生物医药股份有限公司',
  '绿色能源有限公司',
  '电子科技有限公司',
  '环保工程有限公司',
  '食品有限公司',
];
const REGION_PREFIX: Record<string, string> = {
  '341623': '利辛县',
  '341621': '涡阳县',
  '341602': '亳州市谯城区',
  '340602': '淮北市杜集区',
  '340603': '淮北市相山区',
  '340621': '濉溪县',
  '371302': '临沂市兰山区',
  '371311': '临沂市罗庄区',
  '371321': '沂南县',
  '210602': '丹东市元宝区',
  '210603': '丹东市振兴区',
  '210681': '东港市',
  '532623': '西畴县',
  '532601': '文山市',
};
const CHALLENGES = [
  ['煤矸石高值化利用关键技术', '07'],
  ['中药材（亳芍、亳菊）道地性快速检测', '04'],
  ['高寒地区光伏组件积雪清除', '06'],
  ['农机北斗自动导航作业系统', '09'],
  ['铝基复合材料轻量化车身部件', '05'],
  ['县域污水处理厂低碳运行', '07'],
  ['三七皂苷高效提取工艺', '04'],
  ['智能矿山井下人员定位', '01'],
  ['新能源汽车动力电池回收拆解', '06'],
  ['冷链物流全程温湿度监测', '10'],
  ['农村生活垃圾就地资源化', '11'],
  ['高端轴承磨削工艺提升', '03'],
  ['辐照保鲜在特色农产品中的应用', '08'],
  ['植保无人机长航时电源', '02'],
  ['石墨烯导热膜规模化制备', '05'],
  ['柳编工艺品自动化生产', '03'],
];

function creditCode(seed: string, region: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const h = createHash('sha1').update(seed).digest();
  let body = `91${region}`;
  for (let i = 0; body.length < 17; i++) body += alphabet[h[i]! % alphabet.length];
  return body + creditCodeCheckChar(body);
}

/** Splits an abstract in two halves at a sentence end (the need gets the second half). */
function halves(text: string): [string, string] {
  const sentences = text.match(/[^。！？；!?;]+[。！？；!?;]?/g) ?? [text];
  if (sentences.length < 2) return [text, text];
  const mid = Math.ceil(sentences.length / 2);
  return [sentences.slice(0, mid).join(''), sentences.slice(mid).join('')];
}

export async function loadListingsDemo(ds: DataSource, papers: Paper[] = demoPapers()): Promise<number> {
  const rnd = seededRandom(20251125);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  let created = 0;
  await ds.transaction(async (em) => {
    const orgUser = async (key: string, type: string, name: string, region: string): Promise<[string, string]> => {
      const orgId = uuidFromText(`demo-org-${key}`);
      const userId = uuidFromText(`demo-user-${key}`);
      await em.query(
        `INSERT INTO organization (id, type, name, credit_code, region_code, verification_status, verified_at) VALUES ($1, $2, $3, $4, $5, 'verified', now()) ON CONFLICT DO NOTHING`,
        [orgId, type, name, creditCode(key, region), region],
      );
      await em.query(
        `INSERT INTO app_user (id, org_id, email, display_name, roles, status) VALUES ($1, $2, $3, $4, $5, 'invited') ON CONFLICT DO NOTHING`,
        [userId, orgId, `listing-owner-${key}@demo.techmarket.cn`, `${name}信息员`, ['org_admin']],
      );
      return [orgId, userId];
    };
    const universities = [];
    for (const [region, name, type] of UNIVERSITIES)
      universities.push({ region, ids: await orgUser(`u-${name}`, type, name, region) });
    const enterprises = [];
    for (const region of REGIONS) {
      for (const suffix of [pick(ENTERPRISE_SUFFIX), pick(ENTERPRISE_SUFFIX)]) {
        const name = `${REGION_PREFIX[region]}${suffix}`;
        enterprises.push({ region, ids: await orgUser(`e-${name}`, 'enterprise', name, region) });
      }
    }

    // Organisations already in the market (the identity demo's logins) own listings too.
    const existing: { org_id: string; user_id: string; type: string; region_code: string }[] = await em.query(
      `SELECT DISTINCT ON (o.id) o.id AS org_id, u.id AS user_id, o.type, o.region_code
         FROM organization o JOIN app_user u ON u.org_id = o.id
        WHERE o.verification_status = 'verified' AND o.type IN ('enterprise', 'university', 'research_institute')
        ORDER BY o.id, u.created_at`,
    );
    for (const e of existing) {
      if (universities.some((u) => u.ids[0] === e.org_id) || enterprises.some((x) => x.ids[0] === e.org_id)) continue;
      (e.type === 'enterprise' ? enterprises : universities).push({
        region: e.region_code,
        ids: [e.org_id, e.user_id],
      });
    }

    const write = async (
      kind: ListingKind,
      table: string,
      id: string,
      cols: Record<string, unknown>,
      published: boolean,
    ): Promise<void> => {
      const at = new Date(Date.UTC(2026, 10, 1) - Math.floor(rnd() * 300) * 86_400_000);
      const row: Record<string, unknown> = {
        id,
        ...cols,
        status: published ? 'published' : 'draft',
        submitted_at: published ? at : null,
        published_at: published ? at : null,
      };
      const keys = Object.keys(row);
      await em.query(
        `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING`,
        keys.map((k) => row[k]),
      );
      if (published)
        await publishEvents(em, LISTING_CHANGED, {
          key: listingEventKey(kind, id),
          payload: { kind, id, version: 1 },
        });
      created += 1;
    };

    const items = [
      ...EXTRA.map((e) => ({ title: e.title, abstract: e.description, keywords: e.keywords, field: e.field })),
      ...papers.slice(0, 150),
    ];
    for (const [i, p] of items.entries()) {
      const owner = pick(universities);
      const negotiable = rnd() < 0.25;
      const [first] = halves(p.abstract);
      await write(
        'achievement',
        'achievement',
        uuidFromText(`demo-achievement-${i}`),
        {
          org_id: owner.ids[0],
          created_by: owner.ids[1],
          title: p.title,
          description: first,
          keywords: p.keywords.slice(0, 3),
          tech_field_code: p.field,
          region_code: owner.region,
          achievement_type: rnd() < 0.85 ? 'applied' : rnd() < 0.5 ? 'basic' : 'soft',
          trl: 1 + Math.floor(rnd() * 9),
          transfer_modes: [
            ...new Set([
              pick(['licence', 'transfer', 'cooperation']),
              pick(['equity', 'licence', 'self_implementation', 'cooperation']),
            ]),
          ],
          price_fen: negotiable ? null : (5 + Math.floor(rnd() * 500)) * 1_000_000,
          negotiable,
          contact_name: '成果转化办公室',
          contact_phone: `0${550 + Math.floor(rnd() * 400)}-${1000000 + Math.floor(rnd() * 8999999)}`,
        },
        rnd() < 0.92,
      );
    }
    const needPapers = [
      ...EXTRA.map((e) => ({ title: e.title, abstract: e.description, keywords: e.keywords, field: e.field })),
      ...papers.slice(150, 300),
    ];
    for (const [i, p] of needPapers.entries()) {
      const owner = pick(enterprises);
      const [, second] = halves(p.abstract);
      const min = (1 + Math.floor(rnd() * 50)) * 1_000_000;
      await write(
        'need',
        'tech_need',
        uuidFromText(`demo-need-${i}`),
        {
          org_id: owner.ids[0],
          created_by: owner.ids[1],
          title: `寻求${p.keywords[0] ?? p.title.slice(0, 12)}相关技术合作`,
          description: `我单位在生产中希望解决以下问题：${second}`,
          keywords: p.keywords.slice(1, 4),
          tech_field_code: p.field,
          region_code: owner.region,
          budget_min_fen: min,
          budget_max_fen: min * (2 + Math.floor(rnd() * 4)),
          cooperation_modes: [
            pick(['commissioned_development', 'cooperative_development', 'transfer', 'licence', 'consulting']),
          ],
          visibility: rnd() < 0.85 ? 'public' : 'verified',
          anonymous: rnd() < 0.2,
          contact_name: '技术部',
        },
        rnd() < 0.9,
      );
    }
    for (const [i, [title, field]] of CHALLENGES.entries()) {
      const owner = pick(enterprises);
      await write(
        'challenge',
        'challenge',
        uuidFromText(`demo-challenge-${i}`),
        {
          org_id: owner.ids[0],
          created_by: owner.ids[1],
          title: `揭榜挂帅：${title}`,
          description: `面向${REGION_PREFIX[owner.region]}产业需求，公开征集${title}解决方案，揭榜方需在 18 个月内完成中试验证。`,
          keywords: [title.slice(0, 6)],
          tech_field_code: field,
          region_code: owner.region,
          reward_fen: (100 + Math.floor(rnd() * 900)) * 1_000_000,
          deadline: `2027-0${1 + Math.floor(rnd() * 9)}-15`,
        },
        true,
      );
    }
  });
  return created;
}

export const listingsDemoLoader: DemoLoader = { name: 'listings', load: (ds) => loadListingsDemo(ds) };
