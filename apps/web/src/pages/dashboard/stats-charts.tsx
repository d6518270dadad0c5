import { Card, Col, Empty } from 'antd';
import dayjs from 'dayjs';
import { useGet } from '../../api/query';
import type { StatsFlows, StatsSummary } from '../../api/types';
import { Chart } from '../../components/chart';
import { chartValues, continuousMonths, rowsInWan, sharesInPercent } from './stats-amounts';
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
              option={{
                tooltip: { trigger: 'item', formatter: (p: { dataIndex: number; name: string }) => fieldLabel(p) },
                legend: { type: 'scroll', orient: 'horizontal', bottom: 0 },
                series: [
                  {
                    type: 'pie',
                    radius: ['30%', '55%'],
                    center: ['50%', '45%'],
                    data: fields.map((r, i) => ({
                      name: r.name,
                      value: Number(fieldValues[i]),
                      label: { formatter: fieldLabel({ dataIndex: i, name: r.name }) },
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
  function fieldLabel(p: { dataIndex: number; name: string }): string {
    return `${p.name}\n${fieldValues[p.dataIndex]} 万元（${fieldShares[p.dataIndex]}%）`;
  }
}
