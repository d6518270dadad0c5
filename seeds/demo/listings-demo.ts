import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { creditCodeCheckChar } from '../../libs/identity/src/index.js';
import { LISTING_CHANGED, listingEventKey, type ListingKind } from '../../libs/listings/src/index.js';
import { publishEvents } from '../../libs/shared/jobs/index.js';
import { projectRoot } from '../../libs/shared/config/index.js';
import type { DemoLoader } from './demo-loader.js';
import { demoNeeds } from './demo-needs.js';
import { seededRandom, uuidFromText } from '../../libs/shared/random/index.js';
import { chinaDayText } from '../../libs/shared/labels/index.js';

/**
 * The demo market's inventory: about 200 achievements (150 drawn from real Chinese paper metadata,
 * CSL, Apache-2.0: titles, abstracts, keywords, seeds/demo/data/NOTICE-csl.txt; the rest
 * hand-written), about 50 hand-written enterprise needs, each posted by an enterprise of its own
 * region and in that region's industries (seeds/demo/data/needs.tsv), plus 揭榜挂帅 challenges
 * from templates, spread over the demo regions and all 11 fields. Published rows get a
 * `listing.changed` event each, so the worker indexes them after start. Deterministic.
 */

const DISCIPLINE_FIELD: Record<string, string> = {
  计算机科学与技术: '01',
  信息与通信工程: '01',
  电子科学与技术: '01',
  光学工程: '01',
  航空宇航科学与技术: '02',
  兵器科学与技术: '02',
  机械工程: '03',
  仪器科学与技术: '03',
  控制科学与工程: '03',
  力学: '03',
  '中医学/中药学': '04',
  '基础医学/临床医学': '04',
  药学: '04',
  生物医学工程: '04',
  '生物学/生物科学与工程': '04',
  材料科学与工程: '05',
  '化学/化学工程与技术': '05',
  纺织科学与工程: '05',
  冶金工程: '05',
  电气工程: '06',
  动力工程及工程热物理: '06',
  石油与天然气工程: '06',
  环境科学与工程: '07',
  '地质学/地质资源与地质工程': '07',
  矿业工程: '07',
  核科学与技术: '08',
  园艺学: '09',
  水产: '09',
  农业工程: '09',
  作物学: '09',
  畜牧学: '09',
  食品科学与工程: '09',
  林学: '09',
  交通运输工程: '10',
  船舶与海洋工程: '10',
  土木工程: '11',
  建筑学: '11',
  水利工程: '11',
  测绘科学与技术: '11',
};

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
/**
 * The demo regions (in this order: the seeded picks depend on it), their place names and the trade
 * names of the two enterprises the demo creates there. The names say no industry, so that any of
 * the region's needs (coal, liquor, herbs…) reads as plausibly theirs.
 */
const REGION_NAMES: [code: string, place: string, trades: [string, string]][] = [
  ['341623', '利辛县', ['瑞丰', '华康']],
  ['341621', '涡阳县', ['恒信', '鼎泰']],
  ['341602', '亳州市谯城区', ['同益', '百川']],
  ['340602', '淮北市杜集区', ['宏达', '矿源']],
  ['340603', '淮北市相山区', ['华美', '金穗']],
  ['340621', '濉溪县', ['汇邦', '临涣']],
  ['371302', '临沂市兰山区', ['华盛', '鲁商']],
  ['371311', '临沂市罗庄区', ['金泰', '瑞祥']],
  ['371321', '沂南县', ['沂蒙', '润丰']],
  ['210602', '丹东市元宝区', ['东方', '鸭绿江']],
  ['210603', '丹东市振兴区', ['北方', '锦江']],
  ['210681', '东港市', ['海晟', '黄海']],
  ['532623', '西畴县', ['兴农', '岩岭']],
  ['532601', '文山市', ['盘龙', '滇南']],
];
const REGION_PREFIX: Record<string, string> = Object.fromEntries(REGION_NAMES.map(([code, place]) => [code, place]));
/** 揭榜挂帅 of the demo: title, field, the region whose industry asks it, keywords. */
const CHALLENGES: [title: string, field: string, region: string, keywords: string[]][] = [
  ['煤矸石高值化利用关键技术', '07', '340602', ['煤矸石', '高值化利用']],
  ['中药材（亳芍、亳菊）道地性快速检测', '04', '341602', ['亳芍', '亳菊', '道地性检测']],
  ['高寒地区光伏组件积雪清除', '06', '210681', ['光伏组件', '积雪清除']],
  ['农机北斗自动导航作业系统', '09', '371321', ['农机', '北斗导航']],
  ['铝基复合材料轻量化车身部件', '05', '340621', ['铝基复合材料', '轻量化']],
  ['县域污水处理厂低碳运行', '07', '341623', ['污水处理', '低碳运行']],
  ['三七皂苷高效提取工艺', '04', '532601', ['三七', '皂苷提取']],
  ['智能矿山井下人员定位', '01', '340603', ['智能矿山', '人员定位']],
  ['新能源汽车动力电池回收拆解', '06', '371311', ['动力电池', '回收拆解']],
  ['冷链物流全程温湿度监测', '10', '371302', ['冷链物流', '温湿度监测']],
  ['农村生活垃圾就地资源化', '11', '532623', ['农村生活垃圾', '资源化']],
  ['高端轴承磨削工艺提升', '03', '210603', ['轴承', '磨削工艺']],
  ['辐照保鲜在特色农产品中的应用', '08', '341621', ['辐照保鲜', '特色农产品']],
  ['植保无人机长航时电源', '02', '210602', ['植保无人机', '长航时电源']],
  ['石墨烯导热膜规模化制备', '05', '340603', ['石墨烯', '导热膜']],
  ['柳编工艺品自动化生产', '03', '371311', ['柳编', '自动化生产']],
];

interface Paper {
  title: string;
  abstract: string;
  keywords: string[];
  field: string;
  /** The university or institute (of UNIVERSITIES) that offers it; a seeded pick when absent. */
  owner?: string;
}

function creditCode(seed: string, region: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const h = createHash('sha1').update(seed).digest();
  let body = `91${region}`;
  for (let i = 0; body.length < 17; i++) body += alphabet[h[i]! % alphabet.length];
  return body + creditCodeCheckChar(body);
}

const dataFile = (name: string) => join(projectRoot(), 'seeds', 'demo', 'data', name);

/**
 * Papers with their technical field, from seeds/demo/data/csl-sample.tsv (320 rows extracted
 * from CSL kg-dev.tsv + discipline-dev.tsv; see NOTICE-csl.txt there). Columns: a CSL
 * discipline (or a technical field code), title, keywords joined by `_`, abstract; in the
 * hand-written extra-listings.tsv, optionally the name of its owner too.
 */
export function demoPapers(file = dataFile('csl-sample.tsv')): Paper[] {
  const out: Paper[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [discipline, title, keywords, abstract, owner] = line.split('\t');
    const field = /^\d{2}$/.test(discipline ?? '') ? discipline : DISCIPLINE_FIELD[discipline ?? ''];
    if (!field || !title || !abstract) continue;
    out.push({
      title,
      abstract,
      keywords: (keywords ?? '')
        .split('_')
        .map((k) => k.trim())
        .filter((k) => k && k.length <= 30)
        .slice(0, 5),
      field,
      ...(owner ? { owner } : {}),
    });
  }
  return out;
}

/** The first half of an abstract, cut at a sentence end: the problem and the method, as a summary. */
function firstHalf(text: string): string {
  const sentences = text.match(/[^。！？；!?;]+[。！？；!?;]?/g) ?? [text];
  if (sentences.length < 2) return text;
  return sentences.slice(0, Math.ceil(sentences.length / 2)).join('');
}

/** The China date `days` after the day the demo is loaded: a loaded market never opens with its deadlines passed. */
const daysFromLoading = (days: number): string => chinaDayText(Date.now() + days * 86_400_000);

export async function loadListingsDemo(ds: DataSource, papers: Paper[] = demoPapers()): Promise<number> {
  const rnd = seededRandom(20251125);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // Hand-written achievements: fields the papers barely cover (核应用, 航空航天), and answers to
  // the hand-written needs (煤矸石, 中药材干燥, 三七, 草莓…) so that matching finds something.
  const extra = demoPapers(dataFile('extra-listings.tsv'));
  const needs = demoNeeds();
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
    const universityNamed = new Map<string, { region: string; ids: [string, string] }>();
    for (const [region, name, type] of UNIVERSITIES) {
      const u = { region, ids: await orgUser(`u-${name}`, type, name, region) };
      universities.push(u);
      universityNamed.set(name, u);
    }
    const enterprises = [];
    for (const [region, place, [first, second]] of REGION_NAMES) {
      for (const name of [`${place}${first}实业有限公司`, `${place}${second}科技股份有限公司`])
        enterprises.push({ region, ids: await orgUser(`e-${name}`, 'enterprise', name, region) });
    }

    // Organisations already in the market (the identity demo's logins) own listings too.
    const existing: { org_id: string; user_id: string; type: string; region_code: string }[] = await em.query(
      // In the order of their credit codes (not of their random ids), so that the seeded picks
      // give every run the same owners.
      `SELECT * FROM (
         SELECT DISTINCT ON (o.id) o.id AS org_id, u.id AS user_id, o.type, o.region_code, o.credit_code
           FROM organization o JOIN app_user u ON u.org_id = o.id
          WHERE o.verification_status = 'verified' AND o.type IN ('enterprise', 'university', 'research_institute')
          ORDER BY o.id, u.created_at) e
        ORDER BY e.credit_code`,
    );
    for (const e of existing) {
      if (universities.some((u) => u.ids[0] === e.org_id) || enterprises.some((x) => x.ids[0] === e.org_id)) continue;
      (e.type === 'enterprise' ? enterprises : universities).push({
        region: e.region_code,
        ids: [e.org_id, e.user_id],
      });
    }

    const TABLE: Record<ListingKind, string> = {
      achievement: 'achievement',
      need: 'tech_need',
      challenge: 'challenge',
    };
    const write = async (
      kind: ListingKind,
      i: number,
      owner: { region: string; ids: [string, string] },
      cols: Record<string, unknown>,
      published: boolean,
    ): Promise<void> => {
      const id = uuidFromText(`demo-${kind}-${i}`);
      const at = new Date(Date.UTC(2026, 10, 1) - Math.floor(rnd() * 300) * 86_400_000);
      const row: Record<string, unknown> = {
        id,
        org_id: owner.ids[0],
        created_by: owner.ids[1],
        region_code: owner.region,
        ...cols,
        status: published ? 'published' : 'draft',
        submitted_at: published ? at : null,
        published_at: published ? at : null,
      };
      const keys = Object.keys(row);
      await em.query(
        `INSERT INTO ${TABLE[kind]} (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING`,
        keys.map((k) => row[k]),
      );
      if (published)
        await publishEvents(em, LISTING_CHANGED, {
          key: listingEventKey(kind, id),
          payload: { kind, id, version: 1 },
        });
      created += 1;
    };

    const items = [...extra, ...papers.slice(0, 150)];
    for (const [i, p] of items.entries()) {
      // A hand-written achievement names a plausible owner (三七 from 文山三七研究院, not 辽东学院).
      const owner = p.owner ? universityNamed.get(p.owner) : pick(universities);
      if (!owner) throw new Error(`extra-listings.tsv: ${p.owner} is not one of the demo universities`);
      const negotiable = rnd() < 0.25;
      // A hand-written item is short and written as a summary already; a paper is not.
      const description = i < extra.length ? p.abstract : firstHalf(p.abstract);
      await write(
        'achievement',
        i,
        owner,
        {
          title: p.title,
          description,
          keywords: p.keywords.slice(0, 3),
          tech_field_code: p.field,
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
    for (const [i, n] of needs.entries()) {
      // An enterprise of the need's own region posts it (the demo's two there and the identity
      // demo's), so that a 西畴 石漠化 need is never owned by a company in 临沂.
      const local = enterprises.filter((e) => e.region === n.region);
      if (local.length === 0) throw new Error(`needs.tsv: no demo enterprise in region ${n.region}`);
      await write(
        'need',
        i,
        pick(local),
        {
          title: n.title,
          description: n.description,
          keywords: n.keywords,
          industry: n.industry,
          tech_field_code: n.field,
          budget_min_fen: n.budgetMinWan * 1_000_000,
          budget_max_fen: n.budgetMaxWan * 1_000_000,
          cooperation_modes: [n.cooperation],
          visibility: rnd() < 0.85 ? 'public' : 'verified',
          anonymous: rnd() < 0.2,
          contact_name: '技术部',
          // Three needs in four name a closing date, 3 to 12 months after the day the demo is loaded.
          deadline: i % 4 === 3 ? null : daysFromLoading(90 + ((i * 37) % 270)),
        },
        rnd() < 0.9,
      );
    }
    for (const [i, [title, field, region, keywords]] of CHALLENGES.entries()) {
      // An enterprise of the region whose industry the challenge is about (三七 in 文山, 柳编 in 临沂).
      const owner = pick(enterprises.filter((e) => e.region === region));
      await write(
        'challenge',
        i,
        owner,
        {
          title: `揭榜挂帅：${title}`,
          description: `面向${REGION_PREFIX[owner.region]}产业需求，公开征集${title}解决方案，揭榜方需在 18 个月内完成中试验证。`,
          keywords,
          tech_field_code: field,
          reward_fen: (100 + Math.floor(rnd() * 900)) * 1_000_000,
          deadline: daysFromLoading(30 + Math.floor(rnd() * 270)),
        },
        true,
      );
    }
  });
  return created;
}

export const listingsDemoLoader: DemoLoader = { name: 'listings', load: (ds) => loadListingsDemo(ds) };
