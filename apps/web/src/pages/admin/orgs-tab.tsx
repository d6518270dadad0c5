import { Button, Col, Input, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { send, useAction, usePaged } from '../../api/query';
import type { OrgType, OrgView } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { FilterSelect } from '../../components/filter-select';
import { PagedTable } from '../../components/paged-table';
import { ProvisionBureauModal } from '../../components/provision-bureau-modal';
import { RejectModal, type RejectTarget } from '../../components/reject-modal';
import { useRegionName } from '../../components/reference-data';
import { RegionPicker } from '../../components/region-picker';
import { ORG_TYPE_NAMES, STATUS_NAMES } from '../../format';
import { whenColumn } from '../../components/columns';
import { useAuth } from '../../auth/auth-context';
import { EditOrgModal, SuspendOrgModal } from './org-oversight-modals';
import { OrgVerifyButtons } from '../../components/org-verify-buttons';
import { useWaiting } from '../../components/waiting-counts';
import { RowActionButton } from '../../components/row-action-button';

type Status = OrgView['verificationStatus'];
const STATUS_COLORS: Record<Status, string> = { pending: 'processing', verified: 'success', rejected: 'error' };
const STATUS_LABELS: Record<Status, string> = { pending: '待审核', verified: '已认证', rejected: '未通过' };

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

/**
 * Organisations, filtered: every one for the platform admin (who also opens bureaus, edits
 * details and sees users), the region subtree for a bureau admin. Pending ones are verified or
 * rejected here as in the review queue; verified ones suspended and reinstated.
 */
export function OrgsTab({ byPlatform = true }: { byPlatform?: boolean }) {
  const { me } = useAuth();
  const [suspending, setSuspending] = useState<OrgView | null>(null);
  const [editing, setEditing] = useState<OrgView | null>(null);
  const [status, setStatus] = useState<Status>();
  const [type, setType] = useState<OrgType>();
  const [regionCode, setRegionCode] = useState<string>();
  const [q, setQ] = useState('');
  const [rejecting, setRejecting] = useState<RejectTarget | null>(null);
  const [opening, setOpening] = useState(false);
  // the status filter says how many wait, so that 待审核 is one choice away from them
  const pending = useWaiting('orgs');
  const statusNames = { ...STATUS_LABELS, pending: pending ? `待审核（${pending}）` : STATUS_LABELS.pending };
  const list = usePaged<OrgView>(
    '/organizations',
    { status, type, regionCode, q: q || undefined },
    20,
    (n) => `共 ${n} 家机构`,
  );
  const reinstate = useAction(
    (o: OrgView) => send(`/organizations/${o.id}/reinstate`, 'POST', { version: o.version }),
    { invalidates: ['organizations', 'audit'], success: (_, o) => `「${o.name}」已恢复` },
  );
  // A bureau acts on organisations of its subtree, bureaus only strictly below (the server checks the same).
  const overseeable = (o: OrgView) =>
    o.id !== me!.org.id && o.type !== 'platform' && !(o.type === 'bureau' && o.regionCode === me!.org.regionCode);

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={5}>
          <FilterSelect<Status>
            placeholder="认证状态"
            value={status}
            onChange={setStatus}
            names={statusNames}
            testId="org-status-filter"
          />
        </Col>
        <Col xs={12} md={5}>
          <FilterSelect<OrgType>
            placeholder="机构类型"
            value={type}
            onChange={setType}
            names={ORG_TYPE_NAMES as Record<OrgType, string>}
          />
        </Col>
        <Col xs={24} md={6}>
          <RegionPicker value={regionCode} onChange={setRegionCode} placeholder="所在地区（含下级）" />
        </Col>
        <Col xs={24} md={5}>
          <Input.Search allowClear placeholder="机构名称" onSearch={(v) => setQ(v.trim())} />
        </Col>
        {byPlatform ? (
          <Col xs={24} md={3}>
            <Button type="primary" block onClick={() => setOpening(true)} data-testid="open-bureau">
              开通科技局
            </Button>
          </Col>
        ) : null}
      </Row>
      {byPlatform ? <ProvisionBureauModal open={opening} byPlatform onClose={() => setOpening(false)} /> : null}
      <PagedTable<OrgView>
        list={list}
        pagination={{ ...list.table.pagination, showSizeChanger: false }}
        scroll={{ x: 1000 }}
        empty={<EmptyState title="没有符合条件的机构" hint="换个筛选条件试试。" />}
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
            render: (s: Status, o) =>
              o.suspendedAt ? (
                <Tag color="red">已暂停</Tag>
              ) : (
                <Tag color={STATUS_COLORS[s]}>{STATUS_LABELS[s] ?? STATUS_NAMES[s]}</Tag>
              ),
          },
          whenColumn('注册时间', 'createdAt', 150),
          {
            title: '操作',
            key: 'op',
            width: 240,
            render: (_: unknown, o) => (
              <Space size={4} wrap>
                {o.verificationStatus === 'pending' ? (
                  <OrgVerifyButtons org={o} onReject={() => setRejecting({ kind: 'org', item: o })} />
                ) : null}
                {o.verificationStatus === 'verified' && !o.suspendedAt && overseeable(o) ? (
                  <Button size="small" type="link" danger onClick={() => setSuspending(o)} data-testid="suspend-org">
                    暂停
                  </Button>
                ) : null}
                {o.suspendedAt && overseeable(o) ? (
                  <RowActionButton type="link" action={reinstate} row={o} data-testid="reinstate-org">
                    恢复
                  </RowActionButton>
                ) : null}
                {byPlatform ? (
                  <>
                    <Button size="small" type="link" onClick={() => setEditing(o)} data-testid="edit-org">
                      编辑
                    </Button>
                    <Link to={`/admin/users?orgId=${o.id}`}>用户</Link>
                  </>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <RejectModal target={rejecting} onClose={() => setRejecting(null)} />
      <SuspendOrgModal org={suspending} onClose={() => setSuspending(null)} />
      <EditOrgModal org={editing} onClose={() => setEditing(null)} />
    </>
  );
}
