import { Alert, Card, Col, Input, Row, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useGet } from '../api/query';
import type { ListingKind, SearchResult } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { ListingCard } from '../components/listing-card';
import { useTechFields } from '../components/reference-data';
import { KIND_NAMES } from '../format';

const KIND_PATH: Record<ListingKind, string> = { need: 'needs', achievement: 'achievements', challenge: 'challenges' };

function Latest({ kind, fieldNames }: { kind: ListingKind; fieldNames: Record<string, string> }) {
  const {
    data,
    error,
    isPending: loading,
  } = useGet<SearchResult>(`/search/${KIND_PATH[kind]}`, {
    sort: 'newest',
    pageSize: 4,
  });
  return (
    <Card
      title={`最新${KIND_NAMES[kind]}`}
      extra={<Link to={`/search?kind=${kind}`}>更多</Link>}
      style={{ height: '100%' }}
    >
      {loading ? (
        <Skeleton active />
      ) : error ? (
        <Alert
          type={error.status === 404 ? 'info' : 'warning'}
          showIcon
          message={error.status === 404 ? '搜索功能即将开放' : error.message}
        />
      ) : data && data.items.length ? (
        data.items.map((item) => <ListingCard key={item.id} item={item} fieldNames={fieldNames} />)
      ) : (
        <EmptyState title={`暂无${KIND_NAMES[kind]}`} hint="登录后即可发布，审核通过后在此展示。" />
      )}
    </Card>
  );
}

export function HomePage() {
  const navigate = useNavigate();
  const fieldNames = useTechFields();
  const [kind, setKind] = useState<ListingKind>('achievement');
  return (
    <div>
      <section className="hero">
        <h1>网上技术市场</h1>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,.9)', fontSize: 15 }}>
          汇聚企业技术需求、高校院所科技成果与揭榜挂帅榜单，技术经纪人全程对接，技术合同在线认定登记。
        </Typography.Paragraph>
        <Segmented<ListingKind>
          value={kind}
          onChange={setKind}
          options={[
            { label: '科技成果', value: 'achievement' },
            { label: '技术需求', value: 'need' },
            { label: '揭榜挂帅', value: 'challenge' },
          ]}
          style={{ marginBottom: 12 }}
        />
        <Input.Search
          size="large"
          enterButton="搜索"
          placeholder="输入关键词，如：锂电池回收、智能制造、农产品深加工"
          aria-label="搜索关键词"
          data-testid="home-search"
          allowClear
          onSearch={(q) => navigate(`/search?kind=${kind}${q.trim() ? `&q=${encodeURIComponent(q.trim())}` : ''}`)}
        />
      </section>
      <Row gutter={[16, 16]}>
        {(['achievement', 'need', 'challenge'] as const).map((k) => (
          <Col key={k} xs={24} lg={8}>
            <Latest kind={k} fieldNames={fieldNames} />
          </Col>
        ))}
      </Row>
    </div>
  );
}
