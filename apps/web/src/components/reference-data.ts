import { useMemo } from 'react';
import { useGet } from '../api/query';
import type { ContractType, Region, TechField } from '../api/types';

/** Reference data changes with a release of the code tables, not during a visit. */
const VISIT = { staleTime: Infinity };

/** The 11 技术领域 (code → name), loaded once per visit. */
export function useTechFields(): Record<string, string> {
  const { data } = useGet<TechField[]>('/tech-fields', undefined, VISIT);
  return useMemo(() => Object.fromEntries((data ?? []).map((f) => [f.code, f.name])), [data]);
}

/** A region with its ancestors (cached per visit); nothing to load for no code. */
export function useRegion(code: string | null | undefined) {
  return useGet<Region>(code ? `/regions/${code}` : null, undefined, VISIT);
}

/** A region's name by its code (cached; the code itself while unknown). */
export function useRegionName(code: string | undefined): string | undefined {
  return useRegion(code).data?.name ?? code;
}

/** 不予登记理由 in force (code → name), loaded once per visit. */
export function useRejectionReasons(): Record<string, string> {
  const { data } = useGet<{ code: string; name: string }[]>('/rejection-reasons', undefined, VISIT);
  return useMemo(() => Object.fromEntries((data ?? []).map((r) => [r.code, r.name])), [data]);
}

/** What a rejected contract's seller reads: the reason's name, and the registry's comment when it wrote one. */
export function rejectionText(
  reasons: Record<string, string>,
  r: { reasonCode: string; comment: string | null },
): string {
  const reason = reasons[r.reasonCode] ?? '';
  return `不予登记：${[reason, r.comment].filter(Boolean).join('；') || '请联系登记机构了解原因'}`;
}

const NO_TYPES: ContractType[] = [];

/** 技术合同类型 with their subtypes, in force today (loaded once per visit). */
export function useContractTypes(): ContractType[] {
  return useGet<ContractType[]>('/contract-types', undefined, VISIT).data ?? NO_TYPES;
}

/** Subtype (or type) code → "技术转让 / 专利权转让". */
export function contractTypeName(types: ContractType[], code: string | null): string {
  // A draft made from a sale names no subtype until its parties choose one.
  if (code === null) return '待补充';
  for (const t of types) {
    if (t.code === code) return t.name;
    const s = t.subtypes.find((x) => x.code === code);
    // a type with one general subtype of the same name (技术咨询) reads once, not 技术咨询 / 技术咨询
    if (s) return s.name === t.name ? t.name : `${t.name} / ${s.name}`;
  }
  return code;
}
