import { Button, Space, Tag, Typography, type TableColumnType } from 'antd';
import { usePaged } from '../../api/query';
import type { Contract } from '../../api/types';
import { useShownWidth } from '../../components/columns';
import { EmptyState } from '../../components/empty-state';
import { PagedList } from '../../components/paged-list';
import { contractTypeName, useContractTypes } from '../../components/reference-data';
import { dateText, wanYuan } from '../../format';

/** Contracts the registry has certified, with the amounts that count now (after amendments). */
export function Certified({ onOpen }: { onOpen(id: string): void }) {
  const types = useContractTypes();
  const list = usePaged<Contract>('/contracts/certified', {}, 10, (n) => `共 ${n} 份`);
  const title = (c: Contract) => (
    <Space size={4} wrap>
      <Typography.Link onClick={() => onOpen(c.id)} data-testid="certified-title">
        {c.title}
      </Typography.Link>
      {c.registration?.cancelled ? <Tag color="red">已解除/注销</Tag> : null}
    </Space>
  );
  const open = (c: Contract) => (
    <Button size="small" onClick={() => onOpen(c.id)} data-testid="open-certified">
      详情
    </Button>
  );
  // every column in view at 1440 px wide; narrower windows lose 类型, then the date and 技术交易额; a phone shows cards
  const columns: TableColumnType<Contract>[] = [
    { title: '登记号', key: 'no', width: 160, render: (_: unknown, c) => c.registration?.registrationNo ?? '—' },
    {
      title: '合同名称',
      dataIndex: 'title',
      // without a width the name is what gives way on a phone: one character a line
      width: 240,
      render: (_: string, c) => title(c),
    },
    {
      title: '类型',
      dataIndex: 'contractSubtypeCode',
      width: 150,
      responsive: ['lg'],
      render: (c: string) => contractTypeName(types, c),
    },
    {
      title: '现行合同成交额',
      key: 'amount',
      width: 130,
      align: 'right',
      render: (_: unknown, c) => wanYuan(c.registration?.currentContractAmountFen),
    },
    {
      title: '现行技术交易额',
      key: 'tech',
      width: 130,
      responsive: ['md'],
      align: 'right',
      render: (_: unknown, c) => wanYuan(c.registration?.currentTechAmountFen),
    },
    {
      title: '登记日期',
      key: 'on',
      width: 140,
      responsive: ['md'],
      render: (_: unknown, c) => dateText(c.registration?.certifiedOn),
    },
    {
      title: '操作',
      key: 'op',
      width: 84,
      fixed: 'right',
      render: (_: unknown, c) => open(c),
    },
  ];
  const width = useShownWidth(columns);
  return (
    <>
      <PagedList<Contract>
        list={list}
        scroll={{ x: width }}
        rowTestId="certified-contract"
        card={(c) => ({
          title: title(c),
          lines: (
            <Space direction="vertical" size={2}>
              <span>登记号 {c.registration?.registrationNo ?? '—'}</span>
              <span>现行合同成交额 {wanYuan(c.registration?.currentContractAmountFen)}</span>
              <span>登记于 {dateText(c.registration?.certifiedOn)}</span>
            </Space>
          ),
        })}
        actions={open}
        empty={
          <EmptyState title="还没有已登记的合同" hint="在“待登记”中审查并认定登记后，合同会出现在这里并计入统计。" />
        }
        columns={columns}
      />
    </>
  );
}
