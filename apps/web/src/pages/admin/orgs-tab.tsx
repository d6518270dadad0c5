import { Alert, App, Button, Col, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Page } from '../../api/client';
import type { OrgType, OrgView } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ProvisionBureauModal } from '../../components/provision-bureau-modal';
import { RejectModal, type RejectTarget } from '../../components/reject-modal';
import { useRegionName } from '../../components/reference-data';
import { RegionPicker } from '../../components/region-picker';
import { useApi } from '../../components/use-api';
import { dateTimeText, ORG_TYPE_NAMES, STATUS_NAMES } from '../../format';

type Status = OrgView['verificationStatus'];
const STATUS_COLORS: Record<Status, string> = { pending: 'processing', verified: 'success', rejected: 'error' };
const STATUS_LABELS: Record<Status, string> = { pending: '待审核', verified: '已认证', rejected: '未通过' };

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

/** Every organisation on the platform, filtered; pending ones are verified or rejected here as in the bureaus' review queue. */
export function OrgsTab() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<Status>();
  const [type, setType] = useState<OrgType>();
  const [regionCode, setRegionCode] = useState<string>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [tick, setTick] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<RejectTarget | null>(null);
  const [opening, setOpening] = useState(false);
  const list = useApi(
    (signal) =>
      api<Page<OrgView>>('/organizations', {
        query: { status, type, regionCode, q: q || undefined, page, pageSize: 20 },
        signal,
      }),
    [status, type, regionCode, q, page, tick],
  );
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  const verify = async (o: OrgView) => {
    setBusy(o.id);
    try {
      await api(`/organizations/${o.id}/verify`, { method: 'POST', body: { version: o.version } });
      void message.success(`「${o.name}」已通过认证`);
      setTick((t) => t + 1);
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '操作失败');
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={5}>
          <Select<Status>
            allowClear
            placeholder="认证状态"
            value={status}
            onChange={filter(setStatus)}
            style={{ width: '100%' }}
            options={(Object.keys(STATUS_LABELS) as Status[]).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            data-testid="org-status-filter"
          />
        </Col>
        <Col xs={12} md={5}>
          <Select<OrgType>
            allowClear
            placeholder="机构类型"
            value={type}
            onChange={filter(setType)}
            style={{ width: '100%' }}
            options={Object.entries(ORG_TYPE_NAMES).map(([value, label]) => ({ value: value as OrgType, label }))}
          />
        </Col>
        <Col xs={24} md={6}>
          <RegionPicker value={regionCode} onChange={filter(setRegionCode)} placeholder="所在地区（含下级）" />
        </Col>
        <Col xs={24} md={5}>
          <Input.Search allowClear placeholder="机构名称" onSearch={filter((v: string) => setQ(v.trim()))} />
        </Col>
        <Col xs={24} md={3}>
          <Button type="primary" block onClick={() => setOpening(true)} data-testid="open-bureau">
            开通科技局
          </Button>
        </Col>
      </Row>
      <ProvisionBureauModal
        open={opening}
        byPlatform
        onClose={() => setOpening(false)}
        onDone={() => setTick((t) => t + 1)}
      />
      {list.error ? <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<OrgView>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1000 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 家机构`,
        }}
        locale={{ emptyText: <EmptyState title="没有符合条件的机构" hint="换个筛选条件试试。" /> }}
        columns={[
          {
            title: '机构名称',
            dataIndex: 'name',
            render: (n: string, o) => (
              <Space orientation="vertical" size={0}>
                <span>{n}</span>
                {o.verificationStatus === 'rejected' && o.rejectionReason ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    理由：{o.rejectionReason}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          { title: '类型', dataIndex: 'type', width: 120, render: (t: string) => ORG_TYPE_NAMES[t] ?? t },
          { title: '统一社会信用代码', dataIndex: 'creditCode', width: 190 },
          { title: '地区', dataIndex: 'regionCode', width: 130, render: (c: string) => <RegionName code={c} /> },
          {
            title: '状态',
            dataIndex: 'verificationStatus',
            width: 100,
            render: (s: Status) => <Tag color={STATUS_COLORS[s]}>{STATUS_LABELS[s] ?? STATUS_NAMES[s]}</Tag>,
          },
          { title: '注册时间', dataIndex: 'createdAt', width: 150, render: (d: string) => dateTimeText(d) },
          {
            title: '操作',
            key: 'op',
            width: 190,
            render: (_: unknown, o) => (
              <Space size={4} wrap>
                {o.verificationStatus === 'pending' ? (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      loading={busy === o.id}
                      onClick={() => void verify(o)}
                      data-testid="verify-org"
                    >
                      通过
                    </Button>
                    <Button size="small" danger onClick={() => setRejecting({ kind: 'org', item: o })}>
                      不通过
                    </Button>
                  </>
                ) : null}
                <Link to={`/admin/users?orgId=${o.id}`}>用户</Link>
              </Space>
            ),
          },
        ]}
      />
      <RejectModal
        target={rejecting}
        onClose={() => setRejecting(null)}
        onDone={() => {
          setRejecting(null);
          setTick((t) => t + 1);
        }}
      />
    </>
  );
}
