import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { ContractType, TechField } from '../api/types';

let fieldsOnce: Promise<TechField[]> | null = null;

/** The 11 技术领域 (code → name), loaded once per page load. */
export function useTechFields(): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    fieldsOnce ??= api<TechField[]>('/tech-fields').catch(() => {
      fieldsOnce = null;
      return [];
    });
    let live = true;
    void fieldsOnce.then((list) => live && setNames(Object.fromEntries(list.map((f) => [f.code, f.name]))));
    return () => {
      live = false;
    };
  }, []);
  return names;
}

const regionNames = new Map<string, Promise<string>>();

/** A region's name by its code (cached; the code itself while unknown). */
export function useRegionName(code: string | undefined): string | undefined {
  const [name, setName] = useState<string>();
  useEffect(() => {
    if (!code) return;
    let p = regionNames.get(code);
    if (!p) {
      p = api<{ name: string }>(`/regions/${code}`).then(
        (r) => r.name,
        () => code,
      );
      regionNames.set(code, p);
    }
    let live = true;
    void p.then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [code]);
  return name ?? code;
}

let contractTypesOnce: Promise<ContractType[]> | null = null;

/** 技术合同类型 with their subtypes, in force today (loaded once per page load). */
export function useContractTypes(): ContractType[] {
  const [types, setTypes] = useState<ContractType[]>([]);
  useEffect(() => {
    contractTypesOnce ??= api<ContractType[]>('/contract-types').catch(() => {
      contractTypesOnce = null;
      return [];
    });
    let live = true;
    void contractTypesOnce.then((t) => live && setTypes(t));
    return () => {
      live = false;
    };
  }, []);
  return types;
}

/** Subtype (or type) code → "技术转让 / 专利权转让". */
export function contractTypeName(types: ContractType[], code: string): string {
  for (const t of types) {
    if (t.code === code) return t.name;
    const s = t.subtypes.find((x) => x.code === code);
    if (s) return `${t.name} / ${s.name}`;
  }
  return code;
}
