import { Alert, Button, DatePicker, Descriptions, Empty, Form, InputNumber, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { send, usePaged } from '../../api/query';
import type { Contract, PriceObjection, PricePublicationSummary } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { dateText, wanYuan } from '../../format';
import { ErrorAlert } from '../error-alert';
import { FormModal } from '../form-modal';
import { SectionHeading } from '../section-heading';
import { whenColumn } from '../columns';

/** 协议定价公示 applies to transfers and licences at a negotiated price by universities and institutes. */
const PUBLICATION_TYPES = ['transfer', 'licence'];
const PUBLIC_SELLERS = ['university', 'research_institute'];

/** The last day of a publication: the API's endOn is the first day after it. */
const lastDay = (endOn: string) => dayjs(endOn).subtract(1, 'day');

/** The contract's 协议定价公示: its period and objections, or the seller's button to start one. */
export function PricePublication({ contract: c, registryAbove }: { contract: Contract; registryAbove: boolean }) {
  const { me, can } = useAuth();
  const [publishing, setPublishing] = useState(false);
  const applies = c.negotiatedPrice && PUBLICATION_TYPES.includes(c.contractTypeCode ?? '');
  if (!applies) return null;
  const isSeller = !!me && c.seller.orgId === me.org.id;
  const canPublish =
    isSeller &&
    can('contract:write-own') &&
    PUBLIC_SELLERS.includes(me?.org.type ?? '') &&
    !c.pricePublication &&
    c.status !== 'certified';
  const canSeeObjections = isSeller || registryAbove || can('platform:admin');
  return (
    <div data-testid="price-publication">
      <SectionHeading title="协议定价公示">
        {canPublish ? (
          <Button size="small" type="primary" onClick={() => setPublishing(true)} data-testid="start-publication">
            发起公示
          </Button>
        ) : null}
      </SectionHeading>
      {c.pricePublication ? (
        <PublicationInfo publication={c.pricePublication} />
      ) : (
        <Alert
          type="info"
          showIcon
          message="尚未公示"
          description={
            isSeller
              ? '高校、科研院所以协议定价方式转让或许可科技成果的，须在网上公示不少于 15 日，公示期满后方可认定登记。'
              : '卖方发起公示后，公示期和异议会显示在这里。'
          }
        />
      )}
      {c.pricePublication && canSeeObjections ? <Objections publicationId={c.pricePublication.id} /> : null}
      <PublishModal contract={publishing ? c : null} onClose={() => setPublishing(false)} />
    </div>
  );
}

/** Period, state and objection count of a publication. */
function PublicationInfo({ publication: p }: { publication: PricePublicationSummary }) {
  const today = dayjs().startOf('day');
  const state = today.isBefore(dayjs(p.startOn))
    ? { text: '未开始', color: 'default' }
    : today.isBefore(dayjs(p.endOn))
      ? { text: '公示中', color: 'orange' }
      : { text: '公示期满', color: 'green' };
  const days = dayjs(p.endOn).diff(dayjs(p.startOn), 'day');
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
      <Descriptions.Item label="公示期">
        <span data-testid="publication-period">
          {dateText(p.startOn)} 至 {dateText(lastDay(p.endOn).format('YYYY-MM-DD'))}（{days} 日）
        </span>{' '}
        <Tag color={state.color}>{state.text}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label="可认定登记">{dateText(p.endOn)} 起</Descriptions.Item>
      <Descriptions.Item label="异议">{p.objectionCount} 条</Descriptions.Item>
    </Descriptions>
  );
}

/** Objections to a publication, oldest first (the seller and the registry read them). */
function Objections({ publicationId }: { publicationId: string }) {
  const list = usePaged<PriceObjection>(`/price-publications/${publicationId}/objections`, {}, 5, (n) => `共 ${n} 条`);
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text strong>公示异议</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <ErrorAlert error={list.error} />
      </div>
      <Table<PriceObjection>
        size="small"
        rowKey="id"
        style={{ marginTop: 8 }}
        {...list.table}
        pagination={{ ...list.table.pagination, hideOnSinglePage: true }}
        scroll={{ x: 560 }}
        data-testid="objections"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="公示期内暂无异议" /> }}
        columns={[
          { title: '提出人', dataIndex: 'submitterName', width: 110 },
          {
            title: '异议内容',
            dataIndex: 'content',
            render: (t: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{t}</span>,
          },
          { title: '联系方式', dataIndex: 'contact', width: 140, render: (t: string | null) => t ?? '—' },
          whenColumn('提出时间', 'submittedAt', 140),
        ]}
      />
    </div>
  );
}

interface PublishValues {
  startOn?: Dayjs;
  days?: number | null;
}

/** The seller starts the 协议定价公示: from a start day (today by default) for at least 15 days. */
function PublishModal({ contract: c, onClose }: { contract: Contract | null; onClose(): void }) {
  return (
    <FormModal<PublishValues>
      open={!!c}
      name="price-publication"
      title="发起协议定价公示"
      okText="发布公示"
      okButtonProps={{ 'data-testid': 'publish-price' }}
      initialValues={{ startOn: dayjs(), days: 15 }}
      fields={['startOn', 'days']}
      submit={(v) =>
        send(
          `/contracts/${c!.id}/price-publication`,
          'POST',
          {
            ...(v.startOn ? { startOn: v.startOn.format('YYYY-MM-DD') } : {}),
            ...(v.days === null || v.days === undefined ? {} : { days: v.days }),
          },
          true,
        )
      }
      invalidates={['contracts', 'price-publications']}
      success="协议定价公示已发布，公示期满后方可认定登记"
      onClose={onClose}
      onDone={onClose}
      intro={
        c ? (
          <Typography.Paragraph>
            {c.title}
            <br />
            <Typography.Text type="secondary">
              公示内容：成果名称、转让方 {c.seller.name}、受让方 {c.buyer.name}、成交价格 {wanYuan(c.contractAmountFen)}
              。公示期内任何登录用户可提出异议。
            </Typography.Text>
          </Typography.Paragraph>
        ) : null
      }
    >
      <Form.Item name="startOn" label="公示开始日期">
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="days" label="公示天数" extra="不少于 15 日，最多 90 日">
        <InputNumber precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
