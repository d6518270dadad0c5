/**
 * Meilisearch synonyms from groups of equivalent terms: each term maps to all the others.
 * A term in two groups gets the union.
 */
export function synonymMap(groups: { terms: string[] }[]): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const g of groups) {
    const terms = [...new Set(g.terms.map((t) => t.trim()).filter(Boolean))];
    for (const t of terms) {
      const set = out.get(t) ?? new Set<string>();
      for (const o of terms) if (o !== t) set.add(o);
      out.set(t, set);
    }
  }
  return Object.fromEntries([...out].filter(([, s]) => s.size > 0).map(([t, s]) => [t, [...s].sort()]));
}
