import type { Region } from './region.entity.js';

/**
 * The administrative divisions in memory (3,343 rows, about 1 MB): region-scope checks run on
 * every authorised request and inside transactions, where a query would need a second pool
 * connection. Built from the explicit parent codes, as region_closure is.
 */
export class RegionTree {
  private readonly byCode = new Map<string, Region>();
  private readonly childrenOf = new Map<string | null, Region[]>();

  constructor(rows: readonly Region[]) {
    const sorted = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (const r of sorted) {
      this.byCode.set(r.code, r);
      const siblings = this.childrenOf.get(r.parentCode) ?? [];
      siblings.push(r);
      this.childrenOf.set(r.parentCode, siblings);
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  /** Every region, in code order. */
  all(): Region[] {
    return [...this.byCode.values()];
  }

  find(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  /** Parent, grandparent, … nearest first (the region itself not included). */
  ancestors(code: string): Region[] {
    const out: Region[] = [];
    let parent = this.byCode.get(code)?.parentCode ?? null;
    // The hierarchy is at most four deep; the bound only guards against a cycle in bad data.
    for (let i = 0; parent !== null && i < 16; i++) {
      const p = this.byCode.get(parent);
      if (!p) break;
      out.push(p);
      parent = p.parentCode;
    }
    return out;
  }

  /** Whether `code` lies in the subtree of `ancestor` (a region is within itself); unknown codes are within nothing. */
  isWithin(code: string, ancestor: string): boolean {
    if (!this.byCode.has(code) || !this.byCode.has(ancestor)) return false;
    if (code === ancestor) return true;
    return this.ancestors(code).some((a) => a.code === ancestor);
  }

  children(parent: string | null): readonly Region[] {
    return this.childrenOf.get(parent) ?? [];
  }

  /** The region and everything below it, in code order. */
  subtree(code: string): string[] {
    if (!this.byCode.has(code)) return [];
    const out: string[] = [];
    const stack = [code];
    while (stack.length) {
      const c = stack.pop()!;
      out.push(c);
      for (const child of this.children(c)) stack.push(child.code);
    }
    return out.sort();
  }
}
