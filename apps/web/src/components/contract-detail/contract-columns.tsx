import { Space, Typography, type TableColumnType } from 'antd';
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

/** The columns every contract list shares: type, parties, the amounts that count (countingFen). */
export function contractColumns(
  types: ContractType[],
  o: { typeWidth: number; responsive?: boolean; typeFrom?: 'lg' | 'xxl' },
): Column[] {
  const md = o.responsive ? { responsive: ['md' as const] } : {};
  return [
    {
      title: '类型',
      dataIndex: 'contractSubtypeCode',
      width: o.typeWidth,
      ...(o.responsive ? { responsive: [o.typeFrom ?? ('lg' as const)] } : {}),
      render: (c: string | null) => contractTypeName(types, c),
    },
    {
      title: '卖方 / 买方',
      key: 'parties',
      width: 200,
      render: (_: unknown, c) => `${c.seller.name} / ${c.buyer.name}`,
    },
    {
      title: '合同成交额',
      key: 'contractAmount',
      width: 120,
      align: 'right',
      render: (_: unknown, c) => <AmountCell c={c} which="contract" />,
    },
    {
      title: '技术交易额',
      key: 'techAmount',
      width: 120,
      align: 'right',
      ...md,
      render: (_: unknown, c) => <AmountCell c={c} which="tech" />,
    },
  ];
}

/**
 * The amount of a contract that counts: once registered, the current figure after 变更 and 解除/注销
 * (a cancelled contract counts 0); before, the declared one.
 */
export function countingFen(c: Contract, which: 'contract' | 'tech'): string {
  const r = c.registration;
  if (r) return which === 'contract' ? r.currentContractAmountFen : r.currentTechAmountFen;
  return which === 'contract' ? c.contractAmountFen : c.techAmountFen;
}

/** The counting amount, with the declared one under it where a registration changed it. */
function AmountCell({ c, which }: { c: Contract; which: 'contract' | 'tech' }) {
  const counting = countingFen(c, which);
  const declared = which === 'contract' ? c.contractAmountFen : c.techAmountFen;
  if (BigInt(counting) === BigInt(declared)) return <>{wanYuan(counting)}</>;
  return (
    <Space direction="vertical" size={0} align="end">
      <span>{wanYuan(counting)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        申报 {wanYuan(declared)}
      </Typography.Text>
    </Space>
  );
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
