import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
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
export function RegionPicker({ value, onChange, placeholder = '选择地区', id }: { value?: string; onChange?: (code: string | undefined) => void; placeholder?: string; id?: string }) {
  const [options, setOptions] = useState<Option[]>([]);
  const [path, setPath] = useState<string[]>([]);
  useEffect(() => {
    void children().then(setOptions, () => setOptions([]));
  }, []);
  useEffect(() => {
    if (!value) setPath([]);
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
