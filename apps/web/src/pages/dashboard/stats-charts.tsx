import { Card, Col, Empty, Grid } from 'antd';
import dayjs from 'dayjs';
import { useGet } from '../../api/query';
import type { StatsFlows, StatsSummary } from '../../api/types';
import { Chart } from '../../components/chart';
import { chartValues, continuousMonths, rowsInWan, sharesInPercent, wanLabel } from './stats-amounts';
import { FlowMatrix } from './stats-flows';

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
  // A continuous time axis: every month of the year up to now, months without contracts at zero.
  const now = dayjs();
  const lastMonth = year < now.year() ? 12 : year > now.year() ? 0 : now.month() + 1;
  const months = continuousMonths(year, lastMonth, byMonth.data?.rows ?? []);
  const types = byType.data?.rows ?? [];
  const fields = byField.data?.rows ?? [];
  const fieldValues = rowsInWan(fields, 'contractAmountFen');
  const fieldShares = sharesInPercent(fields, 'contractAmountFen');
  // A phone has no room beside the donut for its labels: there the legend under it, one field a
  // line, says what a label says.
  const narrow = !Grid.useBreakpoint().md;
  const fieldIndex = new Map(fields.map((r, i) => [r.name, i]));

  return (
    <>
      <Col xs={24} lg={12}>
        <Card title={`${year} 年逐月合同成交额（万元）`} loading={byMonth.isPending}>
          <Chart
            testId="chart-trend"
            option={{
              tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(2)} 万元` },
              grid: { left: 60, right: 20, top: 30, bottom: 30 },
              xAxis: { type: 'category', boundaryGap: false, data: months.map((m) => m.label) },
              yAxis: { type: 'value', name: '万元', min: 0 },
              series: [
                {
                  // straight segments between the months' figures: a smoothed curve overshoots them
                  type: 'line',
                  smooth: false,
                  showAllSymbol: true,
                  name: '合同成交额',
                  data: chartValues(
                    months.map((m) => m.row),
                    'contractAmountFen',
                  ),
                },
              ],
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="按合同类型（万元）" loading={byType.isPending}>
          <Chart
            testId="chart-types"
            option={{
              tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(2)} 万元` },
              grid: { left: 70, right: 20, top: 30, bottom: 30 },
              xAxis: { type: 'category', data: types.map((r) => r.name) },
              yAxis: { type: 'value', name: '万元', min: 0 },
              series: [
                {
                  type: 'bar',
                  name: '合同成交额',
                  data: chartValues(types, 'contractAmountFen'),
                  itemStyle: { color: '#1677ff' },
                  label: { show: true, position: 'top', formatter: (p: { value: number }) => p.value.toFixed(2) },
                },
              ],
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="按技术领域（万元，占比）" loading={byField.isPending}>
          {fields.length ? (
            <Chart
              testId="chart-fields"
              style={narrow ? { height: 230 + fields.length * 24 } : undefined}
              option={{
                tooltip: { trigger: 'item', formatter: (p: { dataIndex: number; name: string }) => fieldLabel(p) },
                legend: narrow
                  ? {
                      orient: 'vertical',
                      left: 0,
                      top: 220,
                      formatter: (name: string) => fieldLabel({ dataIndex: fieldIndex.get(name)!, name }, ' '),
                    }
                  : { type: 'scroll', orient: 'horizontal', bottom: 0 },
                series: [
                  {
                    type: 'pie',
                    radius: narrow ? [40, 90] : ['30%', '55%'],
                    center: narrow ? ['50%', 105] : ['50%', '45%'],
                    // a label longer than the room beside the donut wraps instead of losing its end
                    labelLine: { length: 10, length2: 8 },
                    data: fields.map((r, i) => ({
                      name: r.name,
                      value: Number(fieldValues[i]),
                      label: {
                        show: !narrow,
                        overflow: 'break',
                        formatter: fieldLabel({ dataIndex: i, name: r.name }),
                      },
                    })),
                  },
                ],
              }}
            />
          ) : (
            <Empty description="本期没有登记的合同" />
          )}
        </Card>
      </Col>
      <Col xs={24}>
        <FlowMatrix flows={flows.data} loading={flows.isPending} />
      </Col>
    </>
  );

  /** "新材料 120.50 万元（35.2%）": the figure and the share the table would show. */
  function fieldLabel(p: { dataIndex: number; name: string }, gap = '\n'): string {
    return `${p.name}${gap}${wanLabel(fieldValues[p.dataIndex]!)}（${fieldShares[p.dataIndex]}%）`;
  }
}
