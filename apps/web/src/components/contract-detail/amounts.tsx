import { Table, Timeline, Typography } from 'antd';
import type { Contract } from '../../api/types';
import { dateText, dateTimeText, wanYuan } from '../../format';
import { ADJUSTMENT_NAMES } from './contract-names';

/** A signed amount in 万元: "+10 万元", "-30 万元". */
function deltaText(fen: string): string {
  const n = BigInt(fen);
  if (n === 0n) return '不变';
  return n > 0n ? `+${wanYuan(fen)}` : wanYuan(fen);
}

/** Declared (by the parties), approved (by the registry) and current (after amendments) amounts. */
export function Amounts({ contract: c }: { contract: Contract }) {
  const reg = c.registration;
  const rows = [
    { key: 'declared', label: '申报（合同填报）', contract: c.contractAmountFen, tech: c.techAmountFen },
    ...(reg
      ? [
          {
            key: 'approved',
            label: '核定（认定登记）',
            contract: reg.approvedContractAmountFen,
            tech: reg.approvedTechAmountFen,
          },
          {
            key: 'current',
            label: '现行（计入统计）',
            contract: reg.currentContractAmountFen,
            tech: reg.currentTechAmountFen,
          },
        ]
      : []),
  ];
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      dataSource={rows}
      data-testid="contract-amounts"
      columns={[
        { title: '金额', dataIndex: 'label' },
        { title: '合同成交额', dataIndex: 'contract', align: 'right', render: (f: string) => wanYuan(f) },
        { title: '技术交易额', dataIndex: 'tech', align: 'right', render: (f: string) => wanYuan(f) },
      ]}
    />
  );
}

/** The certification, then each amendment and the cancellation as the records they are. */
export function History({ contract: c }: { contract: Contract }) {
  const reg = c.registration!;
  const items = [
    {
      color: 'green',
      children: (
        <div>
          <Typography.Text strong>认定登记</Typography.Text>
          <Typography.Text type="secondary"> · {dateText(reg.certifiedOn)}</Typography.Text>
          <div>
            核定合同成交额 {wanYuan(reg.approvedContractAmountFen)}，技术交易额 {wanYuan(reg.approvedTechAmountFen)}
            （原记录保持不变）
          </div>
        </div>
      ),
    },
    ...(c.adjustments ?? []).map((a) => {
      const beforeContract = (BigInt(a.contractAmountAfterFen) - BigInt(a.contractAmountDeltaFen)).toString();
      const beforeTech = (BigInt(a.techAmountAfterFen) - BigInt(a.techAmountDeltaFen)).toString();
      return {
        color: a.kind === 'cancellation' ? 'red' : 'blue',
        children: (
          <div data-testid="adjustment">
            <Typography.Text strong>{ADJUSTMENT_NAMES[a.kind]}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · 自 {dateText(a.effectiveDate)} 起生效 · 办理于 {dateTimeText(a.recordedAt)}
            </Typography.Text>
            {a.kind === 'amendment' ? (
              <div>
                合同成交额 {wanYuan(beforeContract)} → {wanYuan(a.contractAmountAfterFen)}（
                {deltaText(a.contractAmountDeltaFen)}）；技术交易额 {wanYuan(beforeTech)} →{' '}
                {wanYuan(a.techAmountAfterFen)}（{deltaText(a.techAmountDeltaFen)}）
              </div>
            ) : (
              <div>
                冲减合同成交额 {wanYuan(beforeContract)}、技术交易额 {wanYuan(beforeTech)}，合同数 {a.countDelta}
              </div>
            )}
            <div style={{ whiteSpace: 'pre-wrap' }}>理由：{a.reason}</div>
          </div>
        ),
      };
    }),
  ];
  return <Timeline data-testid="contract-history" items={items} />;
}
