import { Button, Space, Tag, Typography } from 'antd';
import { usePaged } from '../../api/query';
import type { Contract } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { PagedTable } from '../../components/paged-table';
import { contractTypeName, useContractTypes } from '../../components/reference-data';
import { dateText, wanYuan } from '../../format';

/** Contracts the registry has certified, with the amounts that count now (after amendments). */
export function Certified({ onOpen }: { onOpen(id: string): void }) {
  const types = useContractTypes();
  const list = usePaged<Contract>('/contracts/certified', {}, 10, (n) => `共 ${n} 份`);
  return (
    <>
      <PagedTable<Contract>
        list={list}
        scroll={{ x: 1230 }}
        empty={
          <EmptyState title="还没有已登记的合同" hint="在“待登记”中审查并认定登记后，合同会出现在这里并计入统计。" />
        }
        columns={[
          { title: '登记号', key: 'no', width: 170, render: (_: unknown, c) => c.registration?.registrationNo ?? '—' },
          {
            title: '合同名称',
            dataIndex: 'title',
            // without a width the name is what gives way on a phone: one character a line
            width: 240,
            render: (t: string, c) => (
              <Space size={4} wrap>
                <Typography.Link onClick={() => onOpen(c.id)} data-testid="certified-title">
                  {t}
                </Typography.Link>
                {c.registration?.cancelled ? <Tag color="red">已解除/注销</Tag> : null}
              </Space>
            ),
          },
          {
            title: '类型',
            dataIndex: 'contractSubtypeCode',
            width: 160,
            render: (c: string) => contractTypeName(types, c),
          },
          {
            title: '现行合同成交额',
            key: 'amount',
            width: 140,
            align: 'right',
            render: (_: unknown, c) => wanYuan(c.registration?.currentContractAmountFen),
          },
          {
            title: '现行技术交易额',
            key: 'tech',
            width: 140,
            align: 'right',
            render: (_: unknown, c) => wanYuan(c.registration?.currentTechAmountFen),
          },
          {
            title: '登记日期',
            key: 'on',
            width: 130,
            render: (_: unknown, c) => dateText(c.registration?.certifiedOn),
          },
          {
            title: '操作',
            key: 'op',
            width: 90,
            render: (_: unknown, c) => (
              <Button size="small" onClick={() => onOpen(c.id)} data-testid="open-certified">
                详情
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
