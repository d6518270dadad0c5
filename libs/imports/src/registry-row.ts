import { isValidCreditCode } from '../../identity/src/rules.js';
import { chinaToday } from '../../reference/src/rules.js';
import type { ImportedRegistryEntry } from '../../registries/src/index.js';
import { REGISTRY_KINDS, registryEntryProblems, type RegistryKind } from '../../registries/src/rules.js';
import { ProblemCode } from './imports.errors.js';
import type { ReferenceData } from './reference-data.js';
import type { RowChecker } from './row-checker.js';

/** Names compare without spaces and with ASCII parentheses; "中试基地" stands for "中试（产业化）基地". */
const normalizeName = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
const KIND_BY_NAME = new Map<string, RegistryKind>();
for (const [kind, def] of Object.entries(REGISTRY_KINDS) as [RegistryKind, (typeof REGISTRY_KINDS)[RegistryKind]][]) {
  KIND_BY_NAME.set(normalizeName(def.name), kind);
  KIND_BY_NAME.set(normalizeName(def.name).replace(/\(.*?\)/g, ''), kind);
}

/** Which column each field of the registry rules (registryEntryProblems) is read from. */
const COLUMN_OF: Record<string, string> = {
  certificateNo: 'certificateNo',
  host: 'host',
  creditCode: 'creditCode',
  recognisedOn: 'recognisedOn',
  validUntil: 'validUntil',
};

/**
 * One registry row: the cells as the other kinds check them, then the very rules of the entry
 * form (registryEntryProblems), each as a coded problem of its column. The natural key is kind +
 * certificate number where the kind has one, else kind + region + name + date.
 */
export function validateRegistryEntry(
  c: RowChecker,
  ref: ReferenceData,
  today = chinaToday(),
): { key?: string; value?: ImportedRegistryEntry } {
  const kindText = c.text('kind', { required: true });
  let kind: RegistryKind | undefined;
  if (kindText !== null) {
    kind =
      KIND_BY_NAME.get(normalizeName(kindText)) ??
      c.problem(
        'kind',
        ProblemCode.UNKNOWN_REGISTRY_KIND,
        `未知的名录类别“${kindText}”，可选：${Object.values(REGISTRY_KINDS)
          .map((k) => k.name)
          .join('、')}`,
      );
  }
  const name = c.text('name', { required: true, max: 200 });
  const regionCode = c.region('region', ref, { required: true, scoped: true });
  const creditCode = c.creditCode('creditCode', false);
  let certificateNo = c.text('certificateNo', { max: 40 });
  if (certificateNo !== null) {
    certificateNo = certificateNo.replace(/\s+/g, '');
    if (!/^[0-9A-Za-z-]+$/.test(certificateNo))
      certificateNo = c.problem('certificateNo', ProblemCode.BAD_VALUE, '编号只能含字母、数字和连字符') ?? null;
  }
  const recognisedOn = c.date('recognisedOn', true);
  const validUntil = c.date('validUntil', false);
  const host = c.text('host', { max: 200 });
  if (kind && recognisedOn) {
    const input = {
      kind,
      regionCode: regionCode ?? '',
      name: name ?? '',
      creditCode: creditCode ?? undefined,
      certificateNo: certificateNo ?? undefined,
      recognisedOn,
      validUntil: validUntil ?? undefined,
      host: host ?? undefined,
    };
    for (const p of registryEntryProblems(input, today, isValidCreditCode)) {
      const key = COLUMN_OF[p.field] ?? p.field;
      const message = p.messages[0] ?? '';
      const code =
        p.field === 'creditCode'
          ? ProblemCode.BAD_CREDIT_CODE
          : p.field === 'recognisedOn' || p.field === 'validUntil'
            ? ProblemCode.BAD_DATE
            : (p.field === 'certificateNo' && certificateNo === null) || p.field === 'host'
              ? ProblemCode.REQUIRED
              : ProblemCode.BAD_VALUE;
      c.problem(key, code, message);
    }
  }
  const key = !kind
    ? undefined
    : certificateNo
      ? `${kind}|no|${certificateNo}`
      : regionCode && name && recognisedOn
        ? `${kind}|${regionCode}|${name}|${recognisedOn}`
        : undefined;
  if (c.problems.length > 0) return { key };
  return {
    key,
    value: {
      kind: kind!,
      regionCode: regionCode!,
      name: name!,
      creditCode: creditCode ?? null,
      certificateNo,
      recognisedOn: recognisedOn!,
      validUntil: validUntil ?? null,
      host: host ?? null,
    },
  };
}
