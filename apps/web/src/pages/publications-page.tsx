import { Alert, Button, Card, Form, Grid, Input, List, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { send, usePaged } from '../api/query';
import type { PriceObjection, Publication } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { EmptyState } from '../components/empty-state';
import { FormModal } from '../components/form-modal';
import { useRegionName } from '../components/reference-data';
import { dateText, wanYuan } from '../format';
import { rules } from '../components/form-rules';
import { TextItem } from '../components/text-item';

const MODE = { transfer: '转让', licence: '许可' } as const;

function RegionText({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

/** Days left counting today; the API's endOn is the first day after the period. */
function daysLeft(endOn: string): string {
  const d = dayjs(endOn).startOf('day').diff(dayjs().startOf('day'), 'day');
  return d > 1 ? `剩 ${d} 天` : '今日截止';
}

const lastDayText = (endOn: string) => dateText(dayjs(endOn).subtract(1, 'day').format('YYYY-MM-DD'));

/** 协议定价公示: public universities' negotiated-price transfers, readable without login; signed-in users object. */
export function PublicationsPage() {
  const { me } = useAuth();
  const [objecting, setObjecting] = useState<Publication | null>(null);
  const narrow = !Grid.useBreakpoint().md;
  const list = usePaged<Publication>('/price-publications', {}, 20);
  const { data, error } = list;

  const objectButton = (p: Publication) =>
    me ? (
      <Button size="small" onClick={() => setObjecting(p)} data-testid="raise-objection">
        提出异议
      </Button>
    ) : (
      <Link to={`/login?next=${encodeURIComponent('/publications')}`}>
        <Button size="small">登录后提出异议</Button>
      </Link>
    );

  const empty = (
    <EmptyState
      title="目前没有正在公示的协议定价"
      hint="高校、科研院所以协议定价方式转让或许可科技成果的，签订合同前须在此公示不少于 15 日。"
    />
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
          loading={list.table.loading}
          dataSource={list.table.dataSource}
          locale={{ emptyText: empty }}
          pagination={(data?.total ?? 0) > 20 ? { ...list.table.pagination, size: 'small' } : false}
          renderItem={(p) => (
            <List.Item data-testid="publication-item" actions={[objectButton(p)]}>
              <List.Item.Meta
                title={p.title}
                description={
                  <>
                    <div>
                      {p.sellerName} → {p.buyerName}
                    </div>
                    <div>
                      {MODE[p.mode]} · {wanYuan(p.priceFen)} · 公示至 {lastDayText(p.endOn)}（{daysLeft(p.endOn)}）·
                      异议 {p.objectionCount} 条
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
          {...list.table}
          pagination={{ ...list.table.pagination, showSizeChanger: false }}
          locale={{ emptyText: empty }}
          scroll={{ x: 1040 }}
          columns={[
            { title: '成果名称', dataIndex: 'title' },
            { title: '转让方', dataIndex: 'sellerName' },
            { title: '受让方', dataIndex: 'buyerName' },
            { title: '方式', dataIndex: 'mode', render: (m: Publication['mode']) => <Tag>{MODE[m]}</Tag>, width: 80 },
            { title: '成交价格', dataIndex: 'priceFen', render: (v: string) => wanYuan(v), align: 'right', width: 130 },
            { title: '地区', dataIndex: 'regionCode', render: (c: string) => <RegionText code={c} />, width: 110 },
            {
              title: '公示期',
              key: 'period',
              // the days left under the dates, not in a column of their own: the table then fits a
              // 1440-wide screen with its objection button in view
              render: (_, p) => (
                <>
                  <div>
                    {dateText(p.startOn)} 至 {lastDayText(p.endOn)}
                  </div>
                  <Tag color="orange">{daysLeft(p.endOn)}</Tag>
                </>
              ),
              width: 210,
            },
            { title: '异议', dataIndex: 'objectionCount', width: 70, align: 'right' },
            { title: '', key: 'op', width: 150, render: (_, p) => objectButton(p) },
          ]}
        />
      )}
      <ObjectionModal publication={objecting} onClose={() => setObjecting(null)} />
    </Card>
  );
}

interface ObjectionValues {
  submitterName?: string;
  contact?: string;
  content?: string;
}

/** An objection to a running publication; the seller and the registry of its region read it. */
function ObjectionModal({ publication: p, onClose }: { publication: Publication | null; onClose(): void }) {
  const { me } = useAuth();
  return (
    <FormModal<ObjectionValues>
      open={!!p}
      name="objection"
      title="对公示提出异议"
      okText="提交异议"
      okButtonProps={{ 'data-testid': 'submit-objection' }}
      initialValues={{ submitterName: me?.user.displayName, contact: me?.user.phone ?? me?.user.email }}
      fields={['submitterName', 'contact', 'content']}
      submit={(v) =>
        send<PriceObjection>(
          `/price-publications/${p!.id}/objections`,
          'POST',
          {
            submitterName: v.submitterName?.trim() ?? '',
            content: v.content?.trim() ?? '',
            ...(v.contact?.trim() ? { contact: v.contact.trim() } : {}),
          },
          true,
        )
      }
      invalidates={['price-publications', 'contracts']}
      success="异议已提交，将转交卖方和所在地科技局处理"
      onClose={onClose}
      onDone={onClose}
      intro={
        p ? (
          <Typography.Paragraph>
            {p.title}
            <br />
            <Typography.Text type="secondary">
              {p.sellerName} → {p.buyerName} · {MODE[p.mode]} · {wanYuan(p.priceFen)} · 公示至 {lastDayText(p.endOn)}
            </Typography.Text>
          </Typography.Paragraph>
        ) : null
      }
    >
      <TextItem name="submitterName" label="提出人（单位或姓名）" max={100} required />
      <TextItem name="contact" label="联系方式" max={200} placeholder="便于卖方和科技局联系核实" />
      <Form.Item name="content" label="异议内容" rules={[rules.required('异议内容')]}>
        <Input.TextArea rows={4} maxLength={5000} placeholder="如：成交价格明显低于评估价值，请说明作价依据" />
      </Form.Item>
    </FormModal>
  );
}
