import { Select } from 'antd';
import { useGet } from '../../api/query';
import type { Page } from '../../api/client';
import type { OrgView } from '../../api/types';
import { ORG_TYPE_NAMES } from '../../format';

/** Verified organisations of the bureau's region that may provide services, several picked at once. */
export function OrgSelectMany({
  value,
  onChange,
  id,
}: {
  value?: string[];
  onChange?(v: string[]): void;
  id?: string;
}) {
  const orgs = useGet<Page<OrgView>>('/organizations', { status: 'verified', pageSize: 100 });
  const options = (orgs.data?.items ?? [])
    .filter((o) => o.type !== 'bureau' && o.type !== 'platform')
    .map((o) => ({ value: o.id, label: `${o.name}（${ORG_TYPE_NAMES[o.type] ?? o.type}）` }));
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={options}
      loading={orgs.isLoading}
      optionFilterProp="label"
      placeholder="输入名称筛选本辖区已认证的机构"
      notFoundContent="没有找到机构"
    />
  );
}
