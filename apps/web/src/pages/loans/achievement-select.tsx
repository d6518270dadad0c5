import { Select } from 'antd';
import { useState } from 'react';
import { useGet } from '../../api/query';
import type { SearchResult } from '../../api/types';

/** Published achievements picked by typing part of a title (the market's search); the server checks each again. */
export function AchievementSelect({
  value,
  onChange,
  id,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}) {
  const [q, setQ] = useState('');
  const found = useGet<SearchResult>('/search/achievements', { q, pageSize: 20 }, { keepPrevious: true });
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      showSearch
      filterOption={false}
      onSearch={setQ}
      loading={found.isFetching}
      maxCount={20}
      placeholder="输入成果名称搜索（可不选）"
      notFoundContent="没有找到已发布的科技成果"
      options={(found.data?.items ?? []).map((h) => ({
        value: h.id,
        label: h.orgName ? `${h.title}（${h.orgName}）` : h.title,
      }))}
    />
  );
}
