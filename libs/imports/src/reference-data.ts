import type { ContractSubtypeView } from '../../reference/src/index.js';

/** The code tables a job validates against, loaded once per job (a few thousand rows). */
export interface ReferenceData {
  regionName: Map<string, string>;
  regionCodesByName: Map<string, string[]>;
  /** Codes the job may write to (the importing bureau's subtree); null = everywhere. */
  scope: Set<string> | null;
  /** The importing organisation's region: the default 登记机构所在地区 of contracts. */
  defaultRegistryRegion: string | null;
  fieldName: Map<string, string>;
  fieldCodeByName: Map<string, string>;
  subtypes: ContractSubtypeView[];
}

export type Lookup = { ok: true; code: string } | { ok: false; code: 'unknown' | 'ambiguous' };

/** A region by 6-digit code or by name; a name shared by several regions is resolved inside the scope if it can be. */
export function lookupRegion(ref: ReferenceData, text: string): Lookup {
  const t = text.trim();
  if (/^\d{6}$/.test(t)) return ref.regionName.has(t) ? { ok: true, code: t } : { ok: false, code: 'unknown' };
  const codes = ref.regionCodesByName.get(t);
  if (!codes || codes.length === 0) return { ok: false, code: 'unknown' };
  if (codes.length === 1) return { ok: true, code: codes[0]! };
  const inScope = ref.scope ? codes.filter((c) => ref.scope!.has(c)) : [];
  return inScope.length === 1 ? { ok: true, code: inScope[0]! } : { ok: false, code: 'ambiguous' };
}

/** A technical field by code ("05", or 5 as Excel stores it) or by name. */
export function lookupField(ref: ReferenceData, text: string): Lookup {
  const t = text.trim();
  const code = /^\d{1,2}$/.test(t) ? t.padStart(2, '0') : t;
  if (ref.fieldName.has(code)) return { ok: true, code };
  const byName = ref.fieldCodeByName.get(t);
  return byName ? { ok: true, code: byName } : { ok: false, code: 'unknown' };
}

/**
 * A contract subtype in force on `date`: by code, by name ("委托开发") or as "type/subtype"
 * ("技术开发/委托开发"); a type name whose only subtype is in force stands for it ("技术咨询").
 */
export function lookupSubtype(ref: ReferenceData, text: string, date: string | null): ContractSubtypeView | undefined {
  let memo = SUBTYPES_SEEN.get(ref);
  if (!memo) SUBTYPES_SEEN.set(ref, (memo = new Map()));
  const key = `${date ?? ''}\u0000${text}`;
  if (memo.has(key)) return memo.get(key);
  const hit = findSubtype(ref, text, date);
  if (memo.size >= SUBTYPES_SEEN_MAX) memo.clear();
  memo.set(key, hit);
  return hit;
}

/**
 * Answers already worked out, per job's code tables: a file repeats a few types over many
 * dates, and working one out filters every subtype four times (~0.9 µs a contract row).
 */
const SUBTYPES_SEEN = new WeakMap<ReferenceData, Map<string, ContractSubtypeView | undefined>>();
const SUBTYPES_SEEN_MAX = 10_000;

function findSubtype(ref: ReferenceData, text: string, date: string | null): ContractSubtypeView | undefined {
  const t = text.trim().replace(/\s+/g, '');
  const inForce = (s: ContractSubtypeView) =>
    !date || (s.validFrom <= date && (s.validTo === null || date <= s.validTo));
  const all = ref.subtypes.filter(inForce);
  const pick = (list: ContractSubtypeView[]) => (list.length === 1 ? list[0] : undefined);
  const split = /^(.+?)[/／\-—]+(.+)$/.exec(t);
  if (split) {
    const hit = pick(
      all.filter(
        (s) => (s.typeName === split[1] || s.typeCode === split[1]) && (s.name === split[2] || s.code === split[2]),
      ),
    );
    if (hit) return hit;
  }
  return (
    pick(all.filter((s) => s.code === t)) ??
    pick(all.filter((s) => s.name === t)) ??
    pick(all.filter((s) => s.typeName === t || s.typeCode === t))
  );
}
