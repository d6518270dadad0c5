import { Card, Col, Empty } from 'antd';
import { useGet } from '../../api/query';
import type { StatsFlows, StatsSummary } from '../../api/types';
import { Chart } from '../../components/chart';
import { chartValues, totalInWan } from './stats-amounts';

/** The trend of the year, and the period by contract type, by technical field and by flow between regions. */
export function StatsCharts({
  base,
  year,
}: {
  base: { region?: string; period: string; perspective: string };
  year: number;
}) {
  const byType = useGet<StatsSummary>('/stats/summary', { ...base, groupBy: 'type' });
  const byField = useGet<StatsSummary>('/stats/summary', { ...base, groupBy: 'field' });
  const byMonth = useGet<StatsSummary>('/stats/summary', { ...base, period: String(year), groupBy: 'month' });
  const flows = useGet<StatsFlows>('/stats/flows', { region: base.region, period: base.period });
  const months = byMonth.data?.rows ?? [];
  const types = byType.data?.rows ?? [];
  const fields = byField.data?.rows ?? [];
  const fieldValues = chartValues(fields, 'contractAmountFen');
  const axis = flows.data?.axis ?? [];
  const heatCells = (flows.data?.cells ?? []).map((c) => [
    axis.findIndex((a) => a.code === c.buyer),
    axis.findIndex((a) => a.code === c.seller),
    Number(totalInWan(c.contractAmountFen)),
  ]);

  return (
    <>
      <Col xs={24} lg={12}>
        <Card title={`${year} 年逐月趋势`} loading={byMonth.isPending}>
          <Chart
            testId="chart-trend"
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 60, right: 20, top: 20, bottom: 30 },
              xAxis: { type: 'category', data: months.map((r) => r.name) },
              yAxis: { type: 'value', name: '万元' },
              series: [
                { type: 'line', smooth: true, name: '合同成交额', data: chartValues(months, 'contractAmountFen') },
              ],
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="按合同类型" loading={byType.isPending}>
          <Chart
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 70, right: 20, top: 20, bottom: 30 },
              xAxis: { type: 'category', data: types.map((r) => r.name) },
              yAxis: { type: 'value', name: '万元' },
              series: [
                {
                  type: 'bar',
                  name: '合同成交额',
                  data: chartValues(types, 'contractAmountFen'),
                  itemStyle: { color: '#1677ff' },
                },
              ],
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="按技术领域" loading={byField.isPending}>
          <Chart
            option={{
              tooltip: { trigger: 'item', formatter: '{b}：{c} 万元（{d}%）' },
              series: [
                {
                  type: 'pie',
                  radius: ['35%', '65%'],
                  data: fields.map((r, i) => ({ name: r.name, value: fieldValues[i] })),
                },
              ],
            }}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Card title="技术合同流向（卖方地区 → 买方地区，万元）" loading={flows.isPending}>
          {flows.data && flows.data.cells.length ? (
            <Chart
              style={{ height: 380 }}
              option={{
                tooltip: { position: 'top' },
                grid: { left: 110, right: 20, top: 10, bottom: 90 },
                xAxis: { type: 'category', name: '买方', data: axis.map((a) => a.name), axisLabel: { rotate: 40 } },
                yAxis: { type: 'category', name: '卖方', data: axis.map((a) => a.name) },
                visualMap: {
                  min: 0,
                  max: Math.max(1, ...heatCells.map((c) => c[2]!)),
                  calculable: true,
                  orient: 'horizontal',
                  left: 'center',
                  bottom: 0,
                  show: false,
                },
                series: [{ type: 'heatmap', data: heatCells, label: { show: false } }],
              }}
            />
          ) : (
            <Empty description="本期没有跨地区的技术合同流向" />
          )}
        </Card>
      </Col>
    </>
  );
}
