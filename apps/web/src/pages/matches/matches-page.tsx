import { Alert, Button, Card, Col, Form, Row, Segmented, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useGet } from '../../api/query';
import type { ListingKind, ListingView, MatchResult } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { RegionPicker } from '../../components/region-picker';
import { useTechFields } from '../../components/reference-data';
import { KIND_NAMES, TRANSFER_MODE_NAMES } from '../../format';
import { MatchCard } from './match-card';
import { namedOptions } from '../../components/choices';

interface Filters {
  techField?: string[];
  region?: string;
  trlMin?: number;
  trlMax?: number;
  transferMode?: string[];
}

/** 匹配结果: ranked achievements for a need (or needs and challenges for an achievement), with reasons. */
export default function MatchesPage() {
  const { kind = '', id = '' } = useParams();
  const fields = useTechFields();
  const [filters, setFilters] = useState<Filters>({});
  // an achievement matches needs and open challenges: the list can show one kind
  const [shown, setShown] = useState<'all' | ListingKind>('all');
  const [form] = Form.useForm<Filters>();
  const source = useGet<ListingView>(`/listings/${kind}/${id}`);
  const matches = useGet<MatchResult[]>(`/${kind}/${id}/matches`, { ...filters, limit: 20 });
  if (kind !== 'needs' && kind !== 'achievements') return <Alert type="warning" showIcon message="页面地址不正确" />;
  const forNeed = kind === 'needs';
  const trlOptions = Array.from({ length: 9 }, (_, i) => ({ value: i + 1, label: `${i + 1} 级` }));

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        {source.isPending ? (
          <Skeleton active paragraph={{ rows: 1 }} />
        ) : source.error || !source.data ? (
          <Alert
            type="error"
            showIcon
            message={source.error?.status === 404 ? '该信息不存在或不可见' : (source.error?.message ?? '加载失败')}
          />
        ) : (
          <Space direction="vertical" size={4}>
            <Typography.Text type="secondary">
              {forNeed ? '为以下技术需求匹配科技成果' : '为以下科技成果匹配技术需求和揭榜挂帅榜单'}
            </Typography.Text>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="match-source">
              <Link to={`/listings/${kind}/${id}`}>{source.data.title}</Link>
            </Typography.Title>
            <Space wrap size={4}>
              <Tag color="blue">{KIND_NAMES[source.data.kind]}</Tag>
              {fields[source.data.techFieldCode] ? <Tag>{fields[source.data.techFieldCode]}</Tag> : null}
              {source.data.keywords.map((k) => (
                <Tag key={k}>{k}</Tag>
              ))}
            </Space>
          </Space>
        )}
      </Card>
      <Card size="small" title="筛选">
        <Form<Filters>
          form={form}
          layout="vertical"
          onFinish={(v) =>
            setFilters(
              Object.fromEntries(
                Object.entries(v).filter(([, x]) => x !== undefined && x !== null && !(Array.isArray(x) && !x.length)),
              ),
            )
          }
        >
          <Row gutter={12}>
            <Col xs={24} md={forNeed ? 6 : 10}>
              <Form.Item name="techField" label="技术领域">
                <Select mode="multiple" allowClear placeholder="不限" options={namedOptions(fields)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={forNeed ? 6 : 10}>
              <Form.Item name="region" label="地区（含下级）">
                <RegionPicker placeholder="不限" />
              </Form.Item>
            </Col>
            {forNeed ? (
              <>
                <Col xs={12} md={3}>
                  <Form.Item name="trlMin" label="成熟度不低于">
                    <Select allowClear placeholder="不限" options={trlOptions} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={3}>
                  <Form.Item name="trlMax" label="成熟度不高于">
                    <Select allowClear placeholder="不限" options={trlOptions} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={4}>
                  <Form.Item name="transferMode" label="转化方式">
                    <Select mode="multiple" allowClear placeholder="不限" options={namedOptions(TRANSFER_MODE_NAMES)} />
                  </Form.Item>
                </Col>
              </>
            ) : null}
            <Col xs={24} md={forNeed ? 2 : 4}>
              <Form.Item label=" ">
                <Button type="primary" htmlType="submit" block>
                  筛选
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {matches.error ? <Alert type="error" showIcon message={matches.error.message} /> : null}
      {!forNeed && matches.data && matches.data.length > 0 ? (
        <Segmented<'all' | ListingKind>
          value={shown}
          onChange={setShown}
          data-testid="match-kind-filter"
          options={[
            { value: 'all', label: `全部（${matches.data.length}）` },
            { value: 'need', label: `技术需求（${matches.data.filter((m) => m.kind === 'need').length}）` },
            { value: 'challenge', label: `揭榜挂帅（${matches.data.filter((m) => m.kind === 'challenge').length}）` },
          ]}
        />
      ) : null}
      {matches.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : matches.data && matches.data.length === 0 ? (
        <Card>
          <EmptyState
            title="暂时没有匹配的结果"
            hint={
              forNeed
                ? '放宽筛选条件，或在需求描述里补充技术指标和关键词后再看；新登记的成果会持续参与匹配。'
                : '放宽筛选条件，或补充成果简介和关键词后再看。'
            }
          />
        </Card>
      ) : (
        <div data-testid="match-list">
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="match-order-note">
            名次综合考虑文本相似度（圆环中的百分比）、所在地区、技术成熟度和合作方式，因此与百分比的高低不一定一致。
          </Typography.Paragraph>
          {(matches.data ?? []).map((m, i) =>
            shown === 'all' || m.kind === shown ? (
              <MatchCard key={`${m.kind}:${m.id}`} rank={i + 1} match={m} fieldNames={fields} source={source.data} />
            ) : null,
          )}
          {shown !== 'all' && matches.data && !matches.data.some((m) => m.kind === shown) ? (
            <Card>
              <EmptyState title={`没有匹配的${KIND_NAMES[shown]}`} hint="切换到“全部”查看其他匹配结果。" />
            </Card>
          ) : null}
        </div>
      )}
    </Space>
  );
}
