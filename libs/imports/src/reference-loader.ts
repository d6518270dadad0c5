import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrgDirectoryService, type OrgSummary } from '../../identity/src/index.js';
import { CodeTableService, RegionService } from '../../reference/src/index.js';
import type { ReferenceData } from './reference-data.js';

/**
 * What a job checks rows against: the code tables and the job's region scope from reference's
 * services (held in memory), and the registered organisations rows name, from identity's.
 */
@Injectable()
export class ReferenceLoader {
  constructor(
    private readonly regions: RegionService,
    private readonly codes: CodeTableService,
    private readonly orgs: OrgDirectoryService,
  ) {}

  /** Codes of the region's subtree; an unknown region scopes to nothing (no region is inside it). */
  async scope(region: string): Promise<Set<string>> {
    return new Set(this.regions.find(region) ? await this.regions.subtreeCodes(region) : []);
  }

  /** Registered organisations by 统一社会信用代码, read in the job's transaction. */
  organisations(creditCodes: string[], em: EntityManager): Promise<Map<string, OrgSummary>> {
    return this.orgs.summariesByCreditCode(creditCodes, em);
  }

  async load(scopeRegion: string | null, defaultRegistryRegion: string | null): Promise<ReferenceData> {
    const regions = this.regions.all();
    const fields = this.codes.allTechFields();
    const scope = scopeRegion === null ? null : await this.scope(scopeRegion);
    const regionCodesByName = new Map<string, string[]>();
    for (const r of regions) regionCodesByName.set(r.name, [...(regionCodesByName.get(r.name) ?? []), r.code]);
    return {
      regionName: new Map(regions.map((r) => [r.code, r.name])),
      regionCodesByName,
      scope,
      defaultRegistryRegion,
      fieldName: new Map(fields.map((f) => [f.code, f.name])),
      fieldCodeByName: new Map(fields.map((f) => [f.name, f.code])),
      subtypes: this.codes.allContractSubtypes(),
    };
  }
}
