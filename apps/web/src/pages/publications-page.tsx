import { Alert, Card, Grid, List, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { api, type Page } from '../api/client';
import { EmptyState } from '../components/empty-state';
import { useRegionName } from '../components/reference-data';
import { useApi } from '../components/use-api';
import { dateText, wanYuan } from '../format';

interface Publication {
  id: string;
  title: string;
  sellerName: string;
  buyerName: string;
  priceFen: string;
  mode: 'transfer' | 'licence';
  regionCode: string;
  startOn: string;
  endOn: string;
  objectionCount: number;
}

const MODE = { transfer: '转让', licence: '许可' } as const;

function RegionText({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

function daysLeft(endOn: string): string {
  const d = dayjs(endOn).startOf('day').diff(dayjs().startOf('day'), 'day');
  return d > 0 ? `剩 ${d} 天` : '今日截止';
}

/** 协议定价公示: public universities' negotiated-price transfers, readable without login. */
export function PublicationsPage() {
  const [page, setPage] = useState(1);
  const narrow = !Grid.useBreakpoint().md;
  const { data, error, loading } = useApi((signal) => api<Page<Publication>>('/price-publications', { query: { page, pageSize: 20 }, signal }), [page]);

  const empty = (
    <EmptyState title="目前没有正在公示的协议定价" hint="高校、科研院所以协议定价方式转让或许可科技成果的，签订合同前须在此公示不少于 15 日。" />
  );
  return (
    <Card title="协议定价公示">
      <Typography.Paragraph type="secondary">
        公示期内，任何单位和个人对成果名称、交易价格、交易方式有异议的，可登录后提出，异议将转交卖方和所在地科技局处理。
      </Typography.Paragraph>
      {error && error.status !== 404 ? <Alert type="error" showIcon message={error.message} /> : null}
      {error?.status === 404 ? (
        empty
      ) : narrow ? (
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: empty }}
          renderItem={(p) => (
            <List.Item>
              <List.Item.Meta
                title={p.title}
                description={
                  <>
                    <div>
                      {p.sellerName} → {p.buyerName}
                    </div>
                    <div>
                      {MODE[p.mode]} · {wanYuan(p.priceFen)} · 公示至 {dateText(p.endOn)}（{daysLeft(p.endOn)}）
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<Publication>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: empty }}
          pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: '成果名称', dataIndex: 'title' },
            { title: '转让方', dataIndex: 'sellerName' },
            { title: '受让方', dataIndex: 'buyerName' },
            { title: '方式', dataIndex: 'mode', render: (m: Publication['mode']) => <Tag>{MODE[m]}</Tag>, width: 80 },
            { title: '成交价格', dataIndex: 'priceFen', render: (v: string) => wanYuan(v), align: 'right', width: 130 },
            { title: '地区', dataIndex: 'regionCode', render: (c: string) => <RegionText code={c} />, width: 110 },
            { title: '公示期', key: 'period', render: (_, p) => `${dateText(p.startOn)} 至 ${dateText(p.endOn)}`, width: 230 },
            { title: '', key: 'left', render: (_, p) => <Tag color="orange">{daysLeft(p.endOn)}</Tag>, width: 90 },
            { title: '异议', dataIndex: 'objectionCount', width: 70, align: 'right' },
          ]}
        />
      )}
    </Card>
  );
}
