import type { FieldError } from '../../shared/errors/index.js';
import { REGISTRY_KINDS, type RegistryKind } from './registry-kinds.js';

export interface RegistryEntryInput {
  kind: RegistryKind;
  regionCode: string;
  name: string;
  creditCode?: string;
  certificateNo?: string;
  /** 认定 / 入库 / 建成 / 派出 date, YYYY-MM-DD. */
  recognisedOn: string;
  /** Last day in force; for certificates, the validity's end (default: the kind's validity). */
  validUntil?: string;
  host?: string;
}

/** The last day a certificate recognised on `date` is in force, by the kind's validity in years. */
export function defaultValidUntil(kind: RegistryKind, recognisedOn: string): string | null {
  const years = REGISTRY_KINDS[kind].certificate?.validityYears;
  if (years === undefined) return null;
  const d = new Date(`${recognisedOn}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Everything wrong with an entry, by field, given today's China date and the credit-code check. */
export function registryEntryProblems(
  input: RegistryEntryInput,
  today: string,
  isValidCreditCode: (code: string) => boolean,
): FieldError[] {
  const def = REGISTRY_KINDS[input.kind];
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ field, messages: [message] });
  if (def.certificate && !input.certificateNo?.trim()) add('certificateNo', `请填写${def.certificate.label}`);
  if (!def.certificate && input.certificateNo !== undefined) add('certificateNo', `${def.name}没有证书编号`);
  if (def.host && !input.host?.trim()) add('host', '请填写服务的县（市、区）或企业');
  if (input.creditCode !== undefined && !isValidCreditCode(input.creditCode))
    add('creditCode', '统一社会信用代码不正确（18 位，末位为校验码）');
  if (input.recognisedOn > today) add('recognisedOn', '日期不能晚于今天');
  if (input.validUntil !== undefined && input.validUntil < input.recognisedOn)
    add('validUntil', '有效期截止日不能早于认定日期');
  return problems;
}
