import { Select } from 'antd';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { api, type Page } from '../api/client';
import type { OrgView } from '../api/types';
import { ORG_TYPE_NAMES } from '../format';

interface Option {
  value: string;
  label: string;
}

const toOption = (o: OrgView): Option => ({ value: o.id, label: `${o.name}（${ORG_TYPE_NAMES[o.type] ?? o.type}）` });

/** An organisation picked by typing part of its name (searched on the server, 20 at a time). */
export function OrgSelect({
  value,
  onChange,
  verifiedOnly = false,
  placeholder = '输入机构名称搜索',
  id,
  style,
}: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  verifiedOnly?: boolean;
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
}) {
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);

  const search = async (q: string) => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const page = await api<Page<OrgView>>('/organizations', {
        query: { q: q.trim() || undefined, status: verifiedOnly ? 'verified' : undefined, pageSize: 20 },
      });
      if (mine === seq.current) setOptions(page.items.map(toOption));
    } catch {
      if (mine === seq.current) setOptions([]);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  };

  useEffect(() => {
    void search('');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [verifiedOnly]);

  // a value set from outside (a link with ?orgId=) still shows the organisation's name
  useEffect(() => {
    if (!value || options.some((o) => o.value === value)) return;
    let live = true;
    void api<OrgView>(`/organizations/${value}`).then(
      (o) => live && setOptions((opts) => (opts.some((x) => x.value === o.id) ? opts : [toOption(o), ...opts])),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value, options]);

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
      allowClear
      value={value}
      onChange={(v?: string) => onChange?.(v)}
      onClear={() => void search('')}
      loading={loading}
      options={options}
      placeholder={placeholder}
      notFoundContent={loading ? '正在搜索…' : '没有找到机构'}
      style={{ width: '100%', ...style }}
    />
  );
}
