import { Card, Empty, Table, Typography } from 'antd';
import type { StatsFlows } from '../../api/types';
import { Chart } from '../../components/chart';
import { totalInWan, wanLabel } from './stats-amounts';

type Cell = StatsFlows['cells'][number];

/**
 * 技术合同流向, one administrative level per axis: a heatmap of the region's own units (its
 * children, and the region itself for parties registered at its level) with the amount in
 * every cell and a colour legend; the flows to and from other provinces in a table of their
 * own, so that provinces never stand on an axis beside districts.
 */
export function FlowMatrix({ flows, loading }: { flows: StatsFlows | undefined; loading: boolean }) {
  const axis = flows?.axis ?? [];
  const inside = axis.filter((a) => a.inside);
  const insideCodes = new Set(inside.map((a) => a.code));
  const region = flows?.region;
  const nameOf = (code: string) => {
    const a = axis.find((x) => x.code === code);
    return code === region?.code ? `${a?.name ?? code}（本级）` : (a?.name ?? code);
  };
  const cells = flows?.cells ?? [];
  const within = cells.filter((c) => insideCodes.has(c.seller) && insideCodes.has(c.buyer));
  const heat = within.map((c) => [
    inside.findIndex((a) => a.code === c.buyer),
    inside.findIndex((a) => a.code === c.seller),
    Number(totalInWan(c.contractAmountFen)),
  ]);
  const outside = outsideRows(cells, insideCodes);
  const max = Math.max(0.01, ...heat.map((c) => c[2]!));

  return (
    <Card title="技术合同流向（万元）" loading={loading} data-testid="flow-matrix">
      {within.length ? (
        <>
          <Typography.Text type="secondary">本地区内：每一行是卖方所在地区，每一列是买方所在地区。</Typography.Text>
          <Chart
            testId="chart-flows"
            style={{ height: Math.max(260, 60 + inside.length * 36) }}
            option={{
              tooltip: {
                position: 'top',
                formatter: (p: { value: number[] }) =>
                  `${nameOf(inside[p.value[1]!]!.code)} → ${nameOf(inside[p.value[0]!]!.code)}：${p.value[2]!.toFixed(2)} 万元`,
              },
              grid: { left: 120, right: 40, top: 30, bottom: 100 },
              xAxis: {
                type: 'category',
                name: '买方',
                data: inside.map((a) => nameOf(a.code)),
                axisLabel: { rotate: 30, interval: 0 },
              },
              yAxis: { type: 'category', name: '卖方', data: inside.map((a) => nameOf(a.code)) },
              visualMap: {
                min: 0,
                max,
                calculable: false,
                orient: 'horizontal',
                left: 'center',
                bottom: 0,
                text: [`${max.toFixed(2)} 万元`, '0'],
                show: true,
              },
              series: [
                {
                  type: 'heatmap',
                  name: '合同成交额',
                  data: heat,
                  label: { show: true, formatter: (p: { value: number[] }) => p.value[2]!.toFixed(2) },
                },
              ],
            }}
          />
        </>
      ) : (
        <Empty description="本期本地区内没有技术合同流向" />
      )}
      {outside.length ? (
        <Table
          style={{ marginTop: 16 }}
          size="small"
          rowKey="code"
          pagination={false}
          data-testid="flow-outside"
          dataSource={outside.map((r) => ({ ...r, name: nameOf(r.code) }))}
          columns={[
            { title: '本地区以外（按省份）', dataIndex: 'name' },
            { title: '输出到该省', key: 'out', align: 'right', render: (_, r) => wanLabel(totalInWan(r.outFen)) },
            { title: '从该省吸纳', key: 'in', align: 'right', render: (_, r) => wanLabel(totalInWan(r.inFen)) },
          ]}
        />
      ) : null}
    </Card>
  );
}

/** Per province outside the region: what the region sold there and bought from there, in fen. */
function outsideRows(cells: readonly Cell[], inside: ReadonlySet<string>) {
  const rows = new Map<string, { code: string; outFen: bigint; inFen: bigint }>();
  const row = (code: string) => rows.get(code) ?? rows.set(code, { code, outFen: 0n, inFen: 0n }).get(code)!;
  for (const c of cells) {
    const fen = BigInt(c.contractAmountFen);
    if (inside.has(c.seller) && !inside.has(c.buyer)) row(c.buyer).outFen += fen;
    else if (!inside.has(c.seller) && inside.has(c.buyer)) row(c.seller).inFen += fen;
  }
  return [...rows.values()].map((r) => ({ code: r.code, outFen: String(r.outFen), inFen: String(r.inFen) }));
}
