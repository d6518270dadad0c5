import { Button, Space, Switch, Tag, Typography, type TableColumnType } from 'antd';
import { useState } from 'react';
import { usePaged } from '../../api/query';
import type { Contract } from '../../api/types';
import { contractCardLines, contractColumns } from '../../components/contract-detail/contract-columns';
import { useShownWidth } from '../../components/columns';
import { EmptyState } from '../../components/empty-state';
import { PagedList } from '../../components/paged-list';
import { contractTypeName, useContractTypes } from '../../components/reference-data';
import { dateText, wanYuan } from '../../format';
import { CertifyModal, RejectContractModal } from './decision-modals';

/** Contracts waiting for registration, by deadline (overdue first), with the two decisions. */
export function Queue({ onOpen, onDone }: { onOpen(id: string): void; onDone(c: Contract): void }) {
  const types = useContractTypes();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [certifying, setCertifying] = useState<Contract | null>(null);
  const [rejecting, setRejecting] = useState<Contract | null>(null);
  const queue = usePaged<Contract>(
    '/contracts/registration-queue',
    { overdue: overdueOnly || undefined },
    10,
    (n) => `共 ${n} 份待登记`,
  );
  const deadline = (c: Contract) => (
    <Space direction="vertical" size={0}>
      <span>{dateText(c.deadlineOn)}</span>
      {c.overdue ? <Tag color="red">已超期</Tag> : null}
    </Space>
  );
  const actions = (c: Contract) => (
    <Space size={4}>
      <Button size="small" type="primary" onClick={() => setCertifying(c)} data-testid="certify-contract">
        认定登记
      </Button>
      <Button size="small" danger onClick={() => setRejecting(c)}>
        不予登记
      </Button>
    </Space>
  );

  // At 1440 px wide every column is in view (about 1130 px); narrower windows lose 类型 (lg) and
  // 技术交易额 (md) first, and a phone shows cards.
  const columns: TableColumnType<Contract>[] = [
    {
      title: '登记期限',
      dataIndex: 'deadlineOn',
      width: 140,
      render: (_: string | null, c) => deadline(c),
    },
    {
      title: '合同名称',
      dataIndex: 'title',
      // without a width the name is what gives way on a phone: one character a line
      width: 180,
      render: (t: string, c) => <Typography.Link onClick={() => onOpen(c.id)}>{t}</Typography.Link>,
    },
    ...contractColumns(types, { typeWidth: 130, responsive: true }),
    {
      title: '操作',
      key: 'op',
      width: 184,
      // stays in view while the other columns scroll in a narrow window (a phone shows cards)
      fixed: 'right',
      render: (_: unknown, c) => actions(c),
    },
  ];
  const width = useShownWidth(columns);

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Switch
          checked={overdueOnly}
          onChange={(v) => {
            setOverdueOnly(v);
            queue.setPage(1);
          }}
        />
        <span style={{ whiteSpace: 'nowrap' }}>只看已超期</span>
        <Typography.Text type="secondary">按登记期限排序，超期的排在最前。</Typography.Text>
      </Space>
      <PagedList<Contract>
        list={queue}
        scroll={{ x: width }}
        rowTestId="queue-contract"
        card={(c) => ({
          title: <Typography.Link onClick={() => onOpen(c.id)}>{c.title}</Typography.Link>,
          lines: contractCardLines(
            c,
            `${contractTypeName(types, c.contractSubtypeCode)} · 合同成交额 ${wanYuan(c.contractAmountFen)}`,
            <Space size={6}>
              <span>登记期限</span>
              {deadline(c)}
            </Space>,
          ),
        })}
        actions={actions}
        rowClassName={(c) => (c.overdue ? 'row-overdue' : '')}
        empty={
          <EmptyState
            title={overdueOnly ? '没有超期未登记的合同' : '没有待登记的合同'}
            hint="辖区内卖方提交认定登记后，合同会出现在这里。"
          />
        }
        columns={columns}
      />
      <CertifyModal
        contract={certifying}
        onClose={() => setCertifying(null)}
        onDone={(c) => {
          setCertifying(null);
          onDone(c);
        }}
      />
      <RejectContractModal contract={rejecting} onClose={() => setRejecting(null)} />
    </>
  );
}
