import { normalizeText } from './normalize.js';

/**
 * Terms that name the same thing. The hook for the market's synonym table: the built-in
 * groups come from `domain-dictionary.ts`, operators' groups can be added at run time.
 */
export class SynonymTable {
  private readonly groups = new Map<string, Set<string>>();

  constructor(groups: readonly (readonly string[])[] = []) {
    for (const g of groups) this.addGroup(g);
  }

  addGroup(group: readonly string[]): void {
    const terms = group.map(normalizeText).filter(Boolean);
    for (const t of terms) {
      const set = this.groups.get(t) ?? new Set<string>();
      for (const u of terms) if (u !== t) set.add(u);
      this.groups.set(t, set);
    }
  }

  /** The other terms of every group `term` belongs to (empty when none). */
  synonymsOf(term: string): string[] {
    return [...(this.groups.get(normalizeText(term)) ?? [])];
  }

  /** Every term of the table, for adding them to the tokenizer's dictionary. */
  terms(): string[] {
    return [...this.groups.keys()];
  }
}
