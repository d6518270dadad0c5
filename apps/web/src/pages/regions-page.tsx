import { Alert, Card, Col, Descriptions, Empty, List, Row, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useState } from 'react';
import type { Page } from '../api/client';
import { fetchGet, useGet } from '../api/query';
import type { PolicyTarget, Region } from '../api/types';
import { useRegion } from '../components/reference-data';
import { EmptyState } from '../components/empty-state';
import { documentTitle, quoted, yuanText } from '../format';

const LEVEL = { province: '省级', city: '地市级', county: '县级' } as const;

const toNode = (r: Region): DataNode => ({ key: r.code, title: r.name, isLeaf: r.level === 'county' });

function withChildren(nodes: DataNode[], key: string, children: DataNode[]): DataNode[] {
  return nodes.map((n) =>
    n.key === key
      ? { ...n, children, isLeaf: children.length === 0 }
      : n.children
        ? { ...n, children: withChildren(n.children, key, children) }
        : n,
  );
}

function targetValue(t: PolicyTarget): string {
  const cmp = t.comparison === 'gt' ? '> ' : t.comparison === 'gte' ? '≥ ' : '';
  if (t.unit === 'yuan') return cmp + yuanText(t.value);
  // a count's word (家, 项, 个) is the indicator's, which its name already carries: 高新技术企业数量 ≥ 500
  return `${cmp}${Number(t.value).toLocaleString('zh-CN')}${t.unit === 'percent' ? '%' : ''}`;
}

function RegionDetail({ code }: { code: string }) {
  const region = useRegion(code);
  const targets = useGet<Page<PolicyTarget>>('/targets', { region: code, includeDescendants: true, pageSize: 100 });
  if (region.error) return <Alert type="error" showIcon message={region.error.message} />;
  const r = region.data;
  return (
    <Card title={r ? r.name : '…'} loading={region.isPending}>
      {r ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label="区划代码">{r.code}</Descriptions.Item>
          <Descriptions.Item label="级别">{LEVEL[r.level]}</Descriptions.Item>
          <Descriptions.Item label="上级">
            {r.ancestors
              ?.map((a) => a.name)
              .reverse()
              .join(' / ') || '—'}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        规划目标
      </Typography.Title>
      <List
        loading={targets.isPending}
        dataSource={targets.data?.items ?? []}
        locale={{
          emptyText: (
            <EmptyState title="本地区暂无量化规划目标" hint="平台运营方可在代码表中维护地方规划中的量化指标。" />
          ),
        }}
        renderItem={(t) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  {t.indicatorName} <Tag>{t.targetYear} 年</Tag>
                  {t.perspective === 'absorption' ? (
                    <Tag color="blue">吸纳</Tag>
                  ) : t.perspective === 'output' ? (
                    <Tag color="green">输出</Tag>
                  ) : null}
                </>
              }
              description={`${quoted(t.sourceQuote)}——${documentTitle(t.sourceDoc)}`}
            />
            <Typography.Text strong>{targetValue(t)}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Browse the administrative divisions and each region's plan targets. */
export function RegionsPage() {
  const [tree, setTree] = useState<DataNode[]>([]);
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<string>();
  useEffect(() => {
    fetchGet<Page<Region>>('/regions', { pageSize: 100 }).then(
      (p) => setTree(p.items.map(toNode)),
      (e: Error) => setError(e.message),
    );
  }, []);
  return (
    <Row gutter={16}>
      <Col xs={24} md={9} lg={7}>
        <Card title="行政区划" styles={{ body: { maxHeight: '70vh', overflow: 'auto' } }}>
          {error ? <Alert type="error" showIcon message={error} /> : null}
          <Tree
            treeData={tree}
            onSelect={(keys) => keys[0] && setSelected(String(keys[0]))}
            loadData={async (node) => {
              if (node.children) return;
              const page = await fetchGet<Page<Region>>('/regions', { parent: String(node.key), pageSize: 100 });
              setTree((t) => withChildren(t, String(node.key), page.items.map(toNode)));
            }}
          />
        </Card>
      </Col>
      <Col xs={24} md={15} lg={17}>
        {selected ? (
          <RegionDetail code={selected} />
        ) : (
          <Card>
            <Empty description="选择一个地区，查看其下级地区和规划目标" />
          </Card>
        )}
      </Col>
    </Row>
  );
}
