import { Space, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Contract, ContractType } from '../../api/types';
import { wanYuan } from '../../format';
import { contractTypeName } from '../reference-data';

type Column = TableColumnType<Contract>;

/** The contract open in the detail drawer, kept in the address (`?contract=<id>`) so a link reopens it. */
export function useOpenContract(): [string | null, (id: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const show = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('contract', id);
    else next.delete('contract');
    setParams(next, { replace: true });
  };
  return [params.get('contract'), show];
}

/** The columns every contract list shares: type, parties, declared amounts. */
export function contractColumns(types: ContractType[], o: { typeWidth: number; responsive?: boolean }): Column[] {
  const md = o.responsive ? { responsive: ['md' as const] } : {};
  return [
    {
      title: '类型',
      dataIndex: 'contractSubtypeCode',
      width: o.typeWidth,
      ...(o.responsive ? { responsive: ['lg' as const] } : {}),
      render: (c: string | null) => contractTypeName(types, c),
    },
    {
      title: '卖方 / 买方',
      key: 'parties',
      width: 220,
      render: (_: unknown, c) => `${c.seller.name} / ${c.buyer.name}`,
    },
    {
      title: '合同成交额',
      dataIndex: 'contractAmountFen',
      width: 120,
      align: 'right',
      render: (f: string) => wanYuan(f),
    },
    {
      title: '技术交易额',
      dataIndex: 'techAmountFen',
      width: 120,
      align: 'right',
      ...md,
      render: (f: string) => wanYuan(f),
    },
  ];
}

/** What a phone shows of a contract in a list, under its title: the parties, a line of facts, its state. */
export function contractCardLines(c: Contract, facts: ReactNode, state: ReactNode): ReactNode {
  return (
    <Space direction="vertical" size={2}>
      <span>
        {c.seller.name} / {c.buyer.name}
      </span>
      <span>{facts}</span>
      {state}
    </Space>
  );
}
