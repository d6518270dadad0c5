/**
 * A document named in running text, with exactly one pair of 书名号 around it: 《…》. Titles
 * arrive both bare (利辛县…实施方案) and already marked (《淮北市…行动方案》, as a clerk types
 * it), and some name another document inside (…解读《…实施方案》). Marks that enclose the whole
 * title are dropped before it is wrapped once; a title inside the title takes the single marks
 * 〈〉, as GB/T 15834-2011 (标点符号用法) asks for a 书名号 within a 书名号 — so a page never
 * shows 《《…》》 or …》》.
 */
export function bookTitle(title: string): string {
  let t = title.trim();
  while (enclosedWhole(t)) t = t.slice(1, -1).trim();
  return `《${t.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/** Whether the text is one 《…》 whose closing mark is its last character (not 《甲》和《乙》). */
function enclosedWhole(t: string): boolean {
  if (!t.startsWith('《') || !t.endsWith('》')) return false;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '《') depth++;
    else if (t[i] === '》' && --depth === 0) return i === t.length - 1;
  }
  return false;
}

/** A quotation in running text: “…”, a quotation inside it in single marks ‘…’ (GB/T 15834-2011), never “…””. */
export function quoted(text: string): string {
  return `“${text.trim().replace(/“/g, '‘').replace(/”/g, '’')}”`;
}
