import { Form, Select } from 'antd';
import { useState } from 'react';
import { send, useGet } from '../../api/query';
import type { Page } from '../../api/client';
import type { Lot, Roadshow, SearchResult } from '../../api/types';
import { FormModal } from '../../components/form-modal';

interface ItemsValues {
  items?: string[];
}

const key = (kind: string, id: string) => `${kind}:${id}`;

/** 推介项目: published achievements (searched) and auction lots, in the order chosen. */
export function RoadshowItemsModal({ roadshow, onClose }: { roadshow: Roadshow | null; onClose(): void }) {
  const [q, setQ] = useState('');
  const achievements = useGet<SearchResult>(
    roadshow ? '/search/achievements' : null,
    { q, pageSize: 20 },
    { keepPrevious: true },
  );
  const lots = useGet<Page<Lot>>(roadshow ? '/auctions' : null, { status: 'published', pageSize: 50 });
  const chosen = roadshow?.items ?? [];
  const options = [
    {
      label: '科技成果',
      options: [
        ...chosen
          .filter((i) => i.kind === 'achievement')
          .map((i) => ({ value: key('achievement', i.id), label: i.title })),
        ...(achievements.data?.items ?? [])
          .filter((h) => !chosen.some((i) => i.id === h.id))
          .map((h) => ({ value: key('achievement', h.id), label: h.orgName ? `${h.title}（${h.orgName}）` : h.title })),
      ],
    },
    {
      label: '竞价标的',
      options: [
        ...chosen.filter((i) => i.kind === 'auction').map((i) => ({ value: key('auction', i.id), label: i.title })),
        ...(lots.data?.items ?? [])
          .filter((l) => !chosen.some((i) => i.id === l.id))
          .map((l) => ({ value: key('auction', l.id), label: `${l.title}（${l.sellerName}）` })),
      ],
    },
  ];
  return (
    <FormModal<ItemsValues>
      open={!!roadshow}
      name="roadshow-items"
      title="推介项目"
      okText="保存"
      okButtonProps={{ 'data-testid': 'save-roadshow-items' }}
      initialValues={{ items: chosen.map((i) => key(i.kind, i.id)) }}
      fields={['items']}
      submit={(v) =>
        send(`/roadshows/${roadshow!.id}/items`, 'PUT', {
          version: roadshow!.version,
          items: (v.items ?? []).map((k) => {
            const [kind, id] = k.split(':');
            return { kind, id };
          }),
        })
      }
      invalidates={['roadshows']}
      success="推介项目已保存"
      onClose={onClose}
      onDone={onClose}
    >
      <Form.Item name="items" label="已公开发布的科技成果或竞价标的（最多 50 项）">
        <Select
          mode="multiple"
          showSearch
          filterOption={false}
          onSearch={setQ}
          options={options}
          placeholder="输入关键词查找科技成果"
          data-testid="roadshow-items-select"
          notFoundContent={achievements.isFetching ? '查找中…' : '没有找到'}
        />
      </Form.Item>
    </FormModal>
  );
}
