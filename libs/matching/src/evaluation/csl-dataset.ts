import { splitAbstract } from './split-abstract.js';

export interface CslPaper {
  title: string;
  abstract: string;
  keywords: string[];
}

/**
 * Parses a CSL `kg-*.tsv` file: column 2 is the abstract, one space, then the title (the text
 * after the last space); column 3 holds the keywords joined by `_`.
 */
export function parseCslKg(tsv: string): CslPaper[] {
  const out: CslPaper[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cols = line.split('\t');
    if (cols.length < 3) throw new Error(`expected 3 tab-separated columns, got ${cols.length}: ${line.slice(0, 60)}`);
    const text = cols[1];
    const cut = text.lastIndexOf(' ');
    out.push({
      abstract: cut < 0 ? text : text.slice(0, cut),
      title: cut < 0 ? '' : text.slice(cut + 1),
      keywords: cols[2].split('_').filter(Boolean),
    });
  }
  return out;
}

export interface EvalAchievement {
  id: string;
  title: string;
  keywords: string[];
  description: string;
}

export interface EvalNeed {
  id: string;
  title: string;
  description: string;
  /** The id of the one right achievement. */
  answer: string;
}

/** Protocol "split-abstract", steps 2 and 3: a paper becomes one achievement and one need. */
export function toAchievementAndNeed(paper: CslPaper, id: string): { achievement: EvalAchievement; need: EvalNeed } {
  const { first, second } = splitAbstract(paper.abstract);
  return {
    achievement: { id, title: paper.title, keywords: paper.keywords, description: first },
    need: { id: `need-${id}`, title: '', description: second, answer: id },
  };
}
