import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ContractSubtypeRef, ReferenceData } from './reference-data.js';

/** Loads the code tables and the job's region scope once per job run. */
@Injectable()
export class ReferenceLoader {
  constructor(private readonly ds: DataSource) {}

  async load(scopeRegion: string | null, defaultRegistryRegion: string | null): Promise<ReferenceData> {
    const [regions, fields, subtypes, scope] = await Promise.all([
      this.ds.query(`SELECT code, name FROM region`) as Promise<{ code: string; name: string }[]>,
      this.ds.query(`SELECT code, name FROM tech_field`) as Promise<{ code: string; name: string }[]>,
      this.ds.query(
        `SELECT s.code, s.name, s.parent_code AS "typeCode", t.name AS "typeName", s.valid_from::text AS "validFrom", s.valid_to::text AS "validTo"
           FROM contract_type s JOIN contract_type t ON t.code = s.parent_code ORDER BY s.sort_order`,
      ) as Promise<ContractSubtypeRef[]>,
      scopeRegion
        ? (this.ds.query(`SELECT descendant_code AS code FROM region_closure WHERE ancestor_code = $1`, [
            scopeRegion,
          ]) as Promise<{ code: string }[]>)
        : Promise.resolve(null),
    ]);
    const regionCodesByName = new Map<string, string[]>();
    for (const r of regions) regionCodesByName.set(r.name, [...(regionCodesByName.get(r.name) ?? []), r.code]);
    return {
      regionName: new Map(regions.map((r) => [r.code, r.name])),
      regionCodesByName,
      scope: scope ? new Set(scope.map((s) => s.code)) : null,
      defaultRegistryRegion,
      fieldName: new Map(fields.map((f) => [f.code, f.name])),
      fieldCodeByName: new Map(fields.map((f) => [f.name, f.code])),
      subtypes,
    };
  }
}
