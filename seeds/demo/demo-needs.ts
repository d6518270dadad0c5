import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../libs/shared/config/index.js';
import { COOPERATION_MODES, type CooperationMode } from '../../libs/listings/src/index.js';

/** One hand-written enterprise need of the demo market (seeds/demo/data/needs.tsv). */
export interface DemoNeed {
  /** The 6-digit code of the demo region whose enterprise posts it. */
  region: string;
  field: string;
  industry: string;
  budgetMinWan: number;
  budgetMaxWan: number;
  cooperation: CooperationMode;
  title: string;
  keywords: string[];
  description: string;
}

/**
 * Words of a paper abstract, not of an enterprise's 技术需求 form: the demo's needs must not read
 * like papers (a bureau shows them to its enterprises).
 */
export const PAPER_PHRASES = ['本文', '研究表明', '实验结果', '结果表明', '仿真结果', '我单位在生产中希望解决'];

/**
 * Reads needs.tsv: a header line, then region, field, industry, budget in 万元 as `min-max`,
 * cooperation mode, title, keywords joined by `_`, description. A malformed row throws, so that a
 * typo in the hand-written file is found by the first test that loads the demo, not by a visitor.
 */
export function demoNeeds(file = join(projectRoot(), 'seeds', 'demo', 'data', 'needs.tsv')): DemoNeed[] {
  const lines = readFileSync(file, 'utf8').split('\n').slice(1);
  const out: DemoNeed[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const [region, field, industry, budget, cooperation, title, keywords, description] = line.split('\t');
    const [min, max] = (budget ?? '').split('-').map(Number);
    const mode = COOPERATION_MODES.find((m) => m === cooperation);
    if (
      !/^\d{6}$/.test(region ?? '') ||
      !/^\d{2}$/.test(field ?? '') ||
      !industry ||
      !mode ||
      !title ||
      !keywords ||
      !description ||
      !Number.isInteger(min) ||
      !Number.isInteger(max) ||
      min! > max!
    )
      throw new Error(`${file}: line ${i + 2} is not a valid need`);
    out.push({
      region: region!,
      field: field!,
      industry,
      budgetMinWan: min!,
      budgetMaxWan: max!,
      cooperation: mode,
      title,
      keywords: keywords.split('_').filter(Boolean),
      description,
    });
  }
  return out;
}
