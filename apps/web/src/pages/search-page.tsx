import { FilterOutlined } from '@ant-design/icons';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  Drawer,
  Grid,
  Input,
  Pagination,
  Row,
  Select,
  Skeleton,
  Space,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useGet } from '../api/query';
import type { ListingKind, SearchResult } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { ListingCard } from '../components/listing-card';
import { useTechFields } from '../components/reference-data';
import { ACHIEVEMENT_TYPE_NAMES, COOPERATION_MODE_NAMES, ORG_TYPE_NAMES, TRANSFER_MODE_NAMES } from '../format';

const KIND_PATH: Record<ListingKind, string> = { need: 'needs', achievement: 'achievements', challenge: 'challenges' };
const KINDS: ListingKind[] = ['achievement', 'need', 'challenge'];

/** Facet → query parameter and how its values read. */
const FACET_PARAMS: Record<string, { param: string; title: string; names?: Record<string, string> }> = {
  techFieldCode: { param: 'techField', title: '技术领域' },
  orgType: { param: 'orgType', title: '单位类型', names: ORG_TYPE_NAMES },
  transferModes: { param: 'transferMode', title: '转化方式', names: TRANSFER_MODE_NAMES },
  cooperationModes: { param: 'cooperationMode', title: '合作方式', names: COOPERATION_MODE_NAMES },
  achievementType: { param: 'achievementType', title: '成果类型', names: ACHIEVEMENT_TYPE_NAMES },
};

/**
 * 找成果·找需求: keyword search with sort, facets and a maturity filter. On a phone the results
 * come first: sort and filters wait in a drawer behind one button.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const narrow = !Grid.useBreakpoint().md;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const fieldNames = useTechFields();
  const kind = (KINDS.includes(params.get('kind') as ListingKind) ? params.get('kind') : 'achievement') as ListingKind;
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1) || 1;
  const sort = params.get('sort') ?? 'relevance';
  const filters = Object.values(FACET_PARAMS).map((f) => [f.param, params.get(f.param)] as const);
  const trlMin = params.get('trlMin');

  const {
    data,
    error,
    isFetching: loading,
  } = useGet<SearchResult>(`/search/${KIND_PATH[kind]}`, {
    q,
    page,
    pageSize: 10,
    sort,
    ...Object.fromEntries(filters.filter(([, v]) => v)),
    ...(kind === 'achievement' && trlMin ? { trlMin } : {}),
  });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const facetBlocks = Object.entries(data?.facets ?? {})
    .filter(([name]) => FACET_PARAMS[name])
    .map(([name, counts]) => {
      const f = FACET_PARAMS[name]!;
      const selected = (params.get(f.param) ?? '').split(',').filter(Boolean);
      const names = name === 'techFieldCode' ? fieldNames : (f.names ?? {});
      const options = Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([value, count]) => ({ value, label: `${names[value] ?? value}（${count}）` }));
      if (!options.length) return null;
      return (
        <Card key={name} size="small" title={f.title} style={{ marginBottom: 12 }}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            value={selected}
            options={options}
            onChange={(v) => update({ [f.param]: (v as string[]).join(',') || null })}
          />
        </Card>
      );
    });

  const sortAndLevel = (
    <>
      <Select
        value={sort}
        style={{ width: 140 }}
        onChange={(v) => update({ sort: v === 'relevance' ? null : v })}
        options={[
          { value: 'relevance', label: '按相关度' },
          { value: 'newest', label: '最新发布' },
          { value: 'price_asc', label: '价格从低到高' },
          { value: 'price_desc', label: '价格从高到低' },
        ]}
      />
      {kind === 'achievement' ? (
        <Select
          value={trlMin ?? ''}
          style={{ width: 180 }}
          onChange={(v) => update({ trlMin: v || null })}
          options={[
            { value: '', label: '技术成熟度不限' },
            ...[4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: `技术成熟度 ${n} 级及以上` })),
          ]}
        />
      ) : null}
    </>
  );
  const activeFilters =
    filters.filter(([, v]) => v).length + (kind === 'achievement' && trlMin ? 1 : 0) + (sort !== 'relevance' ? 1 : 0);

  return (
    <div>
      <Tabs
        activeKey={kind}
        onChange={(k) => setParams(new URLSearchParams({ kind: k, ...(q ? { q } : {}) }))}
        items={[
          { key: 'achievement', label: '科技成果' },
          { key: 'need', label: '技术需求' },
          { key: 'challenge', label: '揭榜挂帅' },
        ]}
      />
      <div style={{ display: 'flex', flexWrap: narrow ? 'nowrap' : 'wrap', gap: 8, marginBottom: narrow ? 8 : 16 }}>
        <Input.Search
          key={`${kind}:${q}`}
          defaultValue={q}
          enterButton="搜索"
          placeholder="输入关键词"
          aria-label="搜索关键词"
          data-testid="search-input"
          style={narrow ? { flex: 1, minWidth: 0 } : { width: 'min(520px, 90vw)' }}
          allowClear
          onSearch={(v) => update({ q: v.trim() || null })}
        />
        {narrow ? (
          <Badge count={activeFilters} size="small">
            <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen(true)} data-testid="open-filters">
              筛选
            </Button>
          </Badge>
        ) : (
          sortAndLevel
        )}
      </div>
      {narrow ? (
        <Drawer
          title="排序与筛选"
          placement="bottom"
          size="80vh"
          open={filtersOpen}
          onClose={() => setFiltersOpen(false)}
        >
          <Space wrap style={{ marginBottom: 12 }}>
            {sortAndLevel}
          </Space>
          {facetBlocks}
        </Drawer>
      ) : null}
      <Row gutter={16}>
        {narrow ? null : (
          <Col md={7} lg={6}>
            {facetBlocks}
          </Col>
        )}
        <Col xs={24} md={17} lg={18}>
          {loading ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : error ? (
            <Alert
              type={error.status === 404 ? 'info' : 'error'}
              showIcon
              message={error.status === 404 ? '搜索功能即将开放，敬请期待' : error.message}
            />
          ) : data && data.items.length ? (
            <>
              <Typography.Paragraph type="secondary" data-testid="search-total">
                共找到 {data.total} 条结果
              </Typography.Paragraph>
              {data.items.map((item) => (
                <ListingCard key={item.id} item={item} fieldNames={fieldNames} />
              ))}
              <Pagination
                current={data.page}
                pageSize={data.pageSize}
                total={data.total}
                showSizeChanger={false}
                onChange={(p) => update({ page: String(p) })}
              />
            </>
          ) : (
            <EmptyState
              title={q ? `没有找到与“${q}”相关的结果` : '暂无结果'}
              hint="换个关键词试试，或减少筛选条件；同义词（如“锂电池”与“锂离子电池”）会自动匹配。"
            />
          )}
        </Col>
      </Row>
    </div>
  );
}
