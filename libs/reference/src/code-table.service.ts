import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type ObjectLiteral } from 'typeorm';
import { ContractType } from './contract-type.entity.js';
import { RejectionReason } from './rejection-reason.entity.js';
import { TechField } from './tech-field.entity.js';

export interface ContractTypeView {
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  subtypes: Omit<ContractTypeView, 'subtypes'>[];
}

/** Today in China, as the registry counts dates (UTC+8). */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The dated code tables. `at` picks the rules in force on a date (default today): a row is in
 * force when valid_from <= at and (valid_to is null or at <= valid_to).
 */
@Injectable()
export class CodeTableService {
  constructor(
    @InjectRepository(TechField) private readonly fields: Repository<TechField>,
    @InjectRepository(ContractType) private readonly types: Repository<ContractType>,
    @InjectRepository(RejectionReason) private readonly reasons: Repository<RejectionReason>,
  ) {}

  private inForce<T extends ObjectLiteral>(repo: Repository<T>, alias: string, at: string) {
    return repo
      .createQueryBuilder(alias)
      .where(`${alias}.valid_from <= :at AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= :at)`, { at })
      .orderBy(`${alias}.sort_order`, 'ASC');
  }

  techFields(at = chinaToday()): Promise<TechField[]> {
    return this.inForce(this.fields, 'f', at).getMany();
  }

  rejectionReasons(at = chinaToday()): Promise<RejectionReason[]> {
    return this.inForce(this.reasons, 'r', at).getMany();
  }

  async contractTypes(at = chinaToday()): Promise<ContractTypeView[]> {
    const rows = await this.inForce(this.types, 't', at).getMany();
    const top = rows.filter((r) => r.parentCode === null);
    return top.map((t) => ({
      code: t.code,
      name: t.name,
      validFrom: t.validFrom,
      validTo: t.validTo,
      subtypes: rows
        .filter((s) => s.parentCode === t.code)
        .map((s) => ({ code: s.code, name: s.name, validFrom: s.validFrom, validTo: s.validTo })),
    }));
  }

  async isTechFieldInForce(code: string, at = chinaToday()): Promise<boolean> {
    return (await this.inForce(this.fields, 'f', at).andWhere('f.code = :code', { code }).getCount()) > 0;
  }

  /** A subtype in force on `at`, with its parent type; undefined when unknown or expired. */
  async contractSubtype(code: string, at = chinaToday()): Promise<ContractType | undefined> {
    return (await this.inForce(this.types, 't', at).andWhere('t.code = :code AND t.parent_code IS NOT NULL', { code }).getOne()) ?? undefined;
  }

  async isRejectionReasonInForce(code: string, at = chinaToday()): Promise<boolean> {
    return (await this.inForce(this.reasons, 'r', at).andWhere('r.code = :code', { code }).getCount()) > 0;
  }
}
