import { App, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { download } from '../../api/client';
import { usePaged } from '../../api/query';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/auth-context';
import { whenColumn } from '../../components/columns';
import { EmptyState } from '../../components/empty-state';
import { PagedTable } from '../../components/paged-table';
import { useRegionName } from '../../components/reference-data';
import { ROLE_NAMES, STATUS_NAMES } from '../../format';
import { AuditFilterBar, auditQuery, type AuditFilters } from './audit-filters';

type AuditRow = components['schemas']['AuditRowViewDto'];

/** The changed fields people can read; others stay in the export. */
const FIELD_NAMES: Record<string, string> = {
  status: '账号状态',
  roles: '角色',
  verificationStatus: '认证状态',
  rejectionReason: '不通过理由',
  reason: '理由',
  suspended: '暂停',
  name: '名称',
  contactName: '联系人',
  contactPhone: '联系电话',
  contactEmail: '联系邮箱',
  address: '地址',
  email: '邮箱',
  reviewListings: '发布信息需审核',
  totpEnabled: '动态口令',
  passwordResetRequired: '须重新设置密码',
  lockedForSeconds: '锁定秒数',
};
const VALUE_NAMES: Record<string, string> = {
  ...ROLE_NAMES,
  ...STATUS_NAMES,
  active: '正常',
  invited: '待接受邀请',
  disabled: '已停用',
  true: '是',
  false: '否',
};
const valueText = (v: unknown): string =>
  Array.isArray(v)
    ? v.map(valueText).join('、')
    : v === null || v === undefined
      ? '—'
      : (VALUE_NAMES[String(v)] ?? String(v));

function Changes({ row }: { row: AuditRow }) {
  const before = (row.before ?? {}) as Record<string, unknown>;
  const after = (row.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => FIELD_NAMES[k]);
  if (!keys.length) return <Typography.Text type="secondary">没有可显示的字段变更</Typography.Text>;
  return (
    <Descriptions size="small" column={1} bordered>
      {keys.map((k) => (
        <Descriptions.Item key={k} label={FIELD_NAMES[k]}>
          {k in before ? `${valueText(before[k])} → ` : ''}
          {valueText(after[k])}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

function RegionName({ code }: { code: string | null }) {
  const name = useRegionName(code ?? '');
  return <>{code ? name : '—'}</>;
}

/** 审计日志: bureau admins read their region subtree, the platform admin everything; filters and an Excel export. */
export default function AuditPage() {
  const { me } = useAuth();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [exporting, setExporting] = useState(false);
  const query = auditQuery(filters);
  const list = usePaged<AuditRow>('/audit', query, 20, (n) => `共 ${n} 条记录`);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await download('/audit/export', query, '审计日志.xlsx');
    } catch (err) {
      void message.error(err instanceof Error && err.message ? err.message : '导出失败，请稍后再试');
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title={me?.user.roles.includes('platform_admin') ? '审计日志 · 全平台' : `审计日志 · ${me?.org.name ?? ''}辖区`}
    >
      <AuditFilterBar value={filters} onChange={setFilters} onExport={() => void exportXlsx()} exporting={exporting} />
      <PagedTable<AuditRow>
        list={list}
        pagination={{ ...list.table.pagination, showSizeChanger: false }}
        scroll={{ x: 900 }}
        data-testid="audit-log"
        empty={<EmptyState title="没有符合条件的记录" hint="换个筛选条件或时间范围试试。" />}
        expandable={{ expandedRowRender: (r) => <Changes row={r} /> }}
        columns={[
          whenColumn('时间', 'occurredAt', 150),
          {
            title: '操作人',
            key: 'actor',
            width: 220,
            render: (_: unknown, r) => (
              <span>
                {r.actorName ?? (r.actorUserId ? '（已撤销的账号）' : '未登录')}
                {r.actorOrgName ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {r.actorOrgName}
                  </Typography.Text>
                ) : null}
              </span>
            ),
          },
          { title: '操作', dataIndex: 'actionName', width: 180 },
          {
            title: '对象',
            key: 'target',
            render: (_: unknown, r) => (
              <span>
                {r.targetName}
                {r.targetLabel ? `：${r.targetLabel}` : ''}
                {r.targetId ? (
                  <Typography.Text type="secondary" copyable style={{ display: 'block', fontSize: 12 }}>
                    {r.targetId}
                  </Typography.Text>
                ) : null}
              </span>
            ),
          },
          {
            title: '地区',
            dataIndex: 'regionCode',
            width: 120,
            responsive: ['md'],
            render: (c: string | null) => <RegionName code={c} />,
          },
        ]}
      />
    </Card>
  );
}
