import { Injectable } from '@nestjs/common';
import type { RegionScope } from '../../shared/auth/index.js';
import { toPage, pageOffset, type Page, type PageRequest } from '../../shared/http/index.js';
import type { Region } from './region.entity.js';
import { LoadedAtStart } from './loaded-at-start.js';
import { RegionTree } from './region-tree.js';
import { RegionNotFoundError } from './reference.errors.js';

export interface RegionView {
  code: string;
  name: string;
  level: Region['level'];
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  childCount?: number;
}

export interface RegionDetail extends RegionView {
  /** Nearest first: county → city → province. */
  ancestors: RegionView[];
}

const view = (r: Region): RegionView => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parentCode,
  validFrom: r.validFrom,
  validTo: r.validTo,
});

/**
 * Regions and their hierarchy; the region-scope checks of other libs go through here. The table
 * is reference data read once at start (LoadedAtStart), so no check queries.
 */
@Injectable()
export class RegionService extends LoadedAtStart implements RegionScope {
  private tree = new RegionTree([]);

  /** Reads the region table again (after reference data was reloaded). */
  async reload(): Promise<void> {
    this.tree = new RegionTree(await this.repo.regions(this.ds.manager));
  }

  async get(code: string): Promise<RegionDetail> {
    const region = this.tree.find(code);
    if (!region) throw new RegionNotFoundError(code);
    return { ...view(region), ancestors: this.tree.ancestors(code).map(view) };
  }

  async assertExists(code: string): Promise<Region> {
    const region = this.tree.find(code);
    if (!region) throw new RegionNotFoundError(code);
    return region;
  }

  /** Every region (valid or not), in code order; synchronous (from memory). */
  all(): RegionView[] {
    return this.tree.all().map(view);
  }

  /** The region, or undefined; synchronous (from memory). */
  find(code: string): RegionView | undefined {
    const r = this.tree.find(code);
    return r ? view(r) : undefined;
  }

  /** Children of `parent` (provinces when none), with how many children each has. */
  async children(parent: string | undefined, page: PageRequest): Promise<Page<RegionView>> {
    if (parent !== undefined) await this.assertExists(parent);
    const all = this.tree.children(parent ?? null);
    const items = all.slice(pageOffset(page), pageOffset(page) + page.pageSize);
    return toPage(
      items.map((r) => ({ ...view(r), childCount: this.tree.children(r.code).length })),
      all.length,
      page,
    );
  }

  /** Codes of the region and everything below it. */
  async subtreeCodes(code: string): Promise<string[]> {
    await this.assertExists(code);
    return this.tree.subtree(code);
  }

  /** The region and its ancestors, nearest first (county → city → province); [] for an unknown code. */
  lineage(code: string): string[] {
    if (!this.tree.find(code)) return [];
    return [code, ...this.tree.ancestors(code).map((a) => a.code)];
  }

  /** Whether `code` lies in the subtree of `ancestor` (a region is within itself). */
  async isWithin(code: string, ancestor: string): Promise<boolean> {
    return this.tree.isWithin(code, ancestor);
  }

  /** RegionScope: the same check, synchronous, for the policy evaluator. */
  within(code: string, ancestor: string): boolean {
    return this.tree.isWithin(code, ancestor);
  }
}
