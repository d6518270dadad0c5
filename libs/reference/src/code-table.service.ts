import { Injectable } from '@nestjs/common';
import type { ContractType } from './contract-type.entity.js';
import { chinaToday } from './china-date.js';
import { LoadedAtStart } from './loaded-at-start.js';
import type { RejectionReason } from './rejection-reason.entity.js';
import type { TechField } from './tech-field.entity.js';

export interface ContractTypeView {
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  subtypes: Omit<ContractTypeView, 'subtypes'>[];
}

/** A contract subtype with its type's code and name. */
export interface ContractSubtypeView {
  code: string;
  name: string;
  typeCode: string;
  typeName: string;
  validFrom: string;
  validTo: string | null;
}

interface Dated {
  code: string;
  sortOrder: number;
  validFrom: string;
  validTo: string | null;
}

const inForceOn =
  (at: string) =>
  (r: Dated): boolean =>
    r.validFrom <= at && (r.validTo === null || at <= r.validTo);
const bySortOrder = (a: Dated, b: Dated) => a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : 1);

/**
 * The dated code tables. `at` picks the rules in force on a date (default today): a row is in
 * force when valid_from <= at and (valid_to is null or at <= valid_to). The tables are
 * reference data read once at start (LoadedAtStart): validators call them inside transactions.
 */
@Injectable()
export class CodeTableService extends LoadedAtStart {
  private fieldRows: TechField[] = [];
  private typeRows: ContractType[] = [];
  private reasonRows: RejectionReason[] = [];

  /** Reads the tables again (after reference data was reloaded). */
  async reload(): Promise<void> {
    const db = this.ds.manager;
    const [fields, types, reasons] = await Promise.all([
      this.repo.techFields(db),
      this.repo.contractTypes(db),
      this.repo.rejectionReasons(db),
    ]);
    this.fieldRows = fields.sort(bySortOrder);
    this.typeRows = types.sort(bySortOrder);
    this.reasonRows = reasons.sort(bySortOrder);
  }

  async techFields(at = chinaToday()): Promise<TechField[]> {
    return this.fieldRows.filter(inForceOn(at));
  }

  async rejectionReasons(at = chinaToday()): Promise<RejectionReason[]> {
    return this.reasonRows.filter(inForceOn(at));
  }

  async contractTypes(at = chinaToday()): Promise<ContractTypeView[]> {
    const rows = this.typeRows.filter(inForceOn(at));
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

  /** Every technical field, in force or not (names of historical records), in sort order. */
  allTechFields(): readonly TechField[] {
    return this.fieldRows;
  }

  /** Every contract subtype with its type, in force or not, types and subtypes in sort order. */
  allContractSubtypes(): ContractSubtypeView[] {
    const types = new Map(this.typeRows.filter((t) => t.parentCode === null).map((t, i) => [t.code, { t, i }]));
    return this.typeRows
      .filter((s) => s.parentCode !== null && types.has(s.parentCode))
      .map((s) => ({ s, parent: types.get(s.parentCode!)! }))
      .sort((a, b) => a.parent.i - b.parent.i || bySortOrder(a.s, b.s))
      .map(({ s, parent }) => ({
        code: s.code,
        name: s.name,
        typeCode: parent.t.code,
        typeName: parent.t.name,
        validFrom: s.validFrom,
        validTo: s.validTo,
      }));
  }

  async isTechFieldInForce(code: string, at = chinaToday()): Promise<boolean> {
    return this.fieldRows.some((f) => f.code === code && inForceOn(at)(f));
  }

  /** A subtype in force on `at`, with its parent type; undefined when unknown or expired. */
  async contractSubtype(code: string, at = chinaToday()): Promise<ContractType | undefined> {
    return this.typeRows.find((t) => t.code === code && t.parentCode !== null && inForceOn(at)(t));
  }

  async isRejectionReasonInForce(code: string, at = chinaToday()): Promise<boolean> {
    return this.reasonRows.some((r) => r.code === code && inForceOn(at)(r));
  }
}
