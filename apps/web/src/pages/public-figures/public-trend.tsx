import { Card, Typography } from 'antd';
import type { PublicFigures } from '../../api/types';
import { Chart } from '../../components/chart';
import { totalInWan } from '../dashboard/stats-amounts';

/**
 * Month by month over last year and this year, 吸纳 and 输出 on one continuous axis (months
 * without contracts at zero). A withheld month is a gap in its line, said so in the tooltip.
 */
export function PublicTrend({
  figures,
  names,
}: {
  figures: PublicFigures;
  names: Record<PublicFigures['perspectives'][number]['perspective'], string>;
}) {
  const months = figures.perspectives[0]!.years.flatMap((y) => y.months.map((m) => m.month));
  const label = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
  const series = figures.perspectives.map((p) => {
    const values = p.years.flatMap((y) => y.months.map((m) => m.totals));
    return {
      type: 'line',
      smooth: false,
      showAllSymbol: true,
      connectNulls: false,
      name: `技术${names[p.perspective]}`,
      data: values.map((t) => (t.contractAmountFen === null ? null : Number(totalInWan(t.contractAmountFen)))),
    };
  });
  return (
    <Card title="逐月合同成交额（万元）">
      <Chart
        testId="public-trend"
        option={{
          legend: { top: 0 },
          tooltip: {
            trigger: 'axis',
            valueFormatter: (v: number | null | undefined) =>
              v === null || v === undefined || Number.isNaN(v) ? '不足3项，不公开' : `${v.toFixed(2)} 万元`,
          },
          grid: { left: 60, right: 20, top: 40, bottom: 30 },
          xAxis: { type: 'category', boundaryGap: false, data: months.map(label) },
          yAxis: { type: 'value', name: '万元', min: 0 },
          series,
        }}
      />
      <Typography.Text type="secondary">曲线中断处为当月合同不足3项、金额不公开的月份。</Typography.Text>
    </Card>
  );
}
