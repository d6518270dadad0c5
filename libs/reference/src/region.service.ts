import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { Region } from './region.entity.js';
import { RegionClosure } from './region-closure.entity.js';
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

/** Regions and their hierarchy; the region-scope checks of other libs go through here. */
@Injectable()
export class RegionService {
  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(RegionClosure) private readonly closure: Repository<RegionClosure>,
  ) {}

  /** `em` from a caller inside a transaction (see isWithin). */
  async get(code: string, em?: EntityManager): Promise<RegionDetail> {
    const regions = em ? em.getRepository(Region) : this.regions;
    const region = await regions.findOneBy({ code });
    if (!region) throw new RegionNotFoundError(code);
    const rows: Region[] = await regions
      .createQueryBuilder('r')
      .innerJoin(RegionClosure, 'c', 'c.ancestor_code = r.code')
      .where('c.descendant_code = :code AND c.depth > 0', { code })
      .orderBy('c.depth', 'ASC')
      .getMany();
    return { ...view(region), ancestors: rows.map(view) };
  }

  async assertExists(code: string): Promise<Region> {
    const region = await this.regions.findOneBy({ code });
    if (!region) throw new RegionNotFoundError(code);
    return region;
  }

  /** Children of `parent` (provinces when none), with how many children each has. */
  async children(parent: string | undefined, page: PageRequest): Promise<Page<RegionView>> {
    if (parent !== undefined) await this.assertExists(parent);
    const [items, total] = await this.regions.findAndCount({
      where: { parentCode: parent ?? IsNull() },
      order: { code: 'ASC' },
      skip: pageOffset(page),
      take: page.pageSize,
    });
    const counts = items.length
      ? await this.regions
          .createQueryBuilder('r')
          .select('r.parent_code', 'parent')
          .addSelect('count(*)::int', 'n')
          .where('r.parent_code IN (:...codes)', { codes: items.map((i) => i.code) })
          .groupBy('r.parent_code')
          .getRawMany<{ parent: string; n: number }>()
      : [];
    const byParent = new Map(counts.map((c) => [c.parent, c.n]));
    return toPage(items.map((r) => ({ ...view(r), childCount: byParent.get(r.code) ?? 0 })), total, page);
  }

  /** Codes of the region and everything below it (one indexed closure lookup). */
  async subtreeCodes(code: string): Promise<string[]> {
    await this.assertExists(code);
    const rows = await this.closure.find({ where: { ancestorCode: code }, select: { descendantCode: true } });
    return rows.map((r) => r.descendantCode);
  }

  /**
   * Whether `code` lies in the subtree of `ancestor` (a region is within itself). A caller inside
   * a transaction passes its manager: asking the pool for a second connection while holding one
   * deadlocks once as many such callers run at once as the pool has connections.
   */
  async isWithin(code: string, ancestor: string, em?: EntityManager): Promise<boolean> {
    return (em ? em.getRepository(RegionClosure) : this.closure).existsBy({ ancestorCode: ancestor, descendantCode: code });
  }
}
