import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../libs/shared/config/index.js';

/** The CSL discipline of a paper → the technical field (技术领域) of the listing made from it. */
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

export interface Paper {
  title: string;
  abstract: string;
  keywords: string[];
  field: string;
}

/**
 * Papers with their technical field, from seeds/demo/data/csl-sample.tsv (320 rows extracted
 * from CSL kg-dev.tsv + discipline-dev.tsv; see NOTICE-csl.txt there).
 */
export function demoPapers(file = join(projectRoot(), 'seeds', 'demo', 'data', 'csl-sample.tsv')): Paper[] {
  const out: Paper[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [discipline, title, keywords, abstract] = line.split('\t');
    const field = DISCIPLINE_FIELD[discipline ?? ''];
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
    });
  }
  return out;
}
