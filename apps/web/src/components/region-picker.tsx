import { Cascader } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, type Page } from '../api/client';
import type { Region } from '../api/types';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const toOption = (r: Region): Option => ({ value: r.code, label: r.name, isLeaf: r.level === 'county' });

async function children(parent?: string): Promise<Option[]> {
  const page = await api<Page<Region>>('/regions', { query: { parent, pageSize: 100 } });
  return page.items.map(toOption);
}

/** Province → city → county, loaded level by level; the value is the chosen region's code. */
export function RegionPicker({
  value,
  onChange,
  placeholder = '选择地区',
  id,
}: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  id?: string;
}) {
  const [options, setOptions] = useState<Option[]>([]);
  const [path, setPath] = useState<string[]>([]);
  const roots = useRef<Promise<Option[]> | null>(null);
  useEffect(() => {
    roots.current ??= children();
    void roots.current.then(setOptions, () => setOptions([]));
  }, []);
  useEffect(() => {
    if (!value) {
      setPath([]);
      return;
    }
    if (path[path.length - 1] === value) return;
    // A value given from outside (a form's saved record): load its ancestors' levels so the names show.
    let cancelled = false;
    void (async () => {
      const region = await api<Region>(`/regions/${value}`);
      const codes = [...(region.ancestors ?? []).map((a) => a.code).reverse(), region.code];
      roots.current ??= children();
      const tree = await roots.current;
      let level = tree;
      for (const code of codes.slice(0, -1)) {
        const node = level.find((o) => o.value === code);
        if (!node) break;
        node.children ??= await children(code);
        level = node.children;
      }
      if (!cancelled) {
        setOptions([...tree]);
        setPath(codes);
      }
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <Cascader
      id={id}
      options={options}
      value={path}
      changeOnSelect
      placeholder={placeholder}
      style={{ width: '100%' }}
      loadData={async (selected) => {
        const target = selected[selected.length - 1] as Option;
        try {
          const kids = await children(target.value);
          target.children = kids;
          if (!kids.length) target.isLeaf = true;
        } catch {
          target.isLeaf = true;
        }
        setOptions((o) => [...o]);
      }}
      onChange={(v) => {
        const codes = (v ?? []) as string[];
        setPath(codes);
        onChange?.(codes[codes.length - 1]);
      }}
    />
  );
}
