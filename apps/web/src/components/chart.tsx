import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, GaugeChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { CSSProperties } from 'react';

// Only the charts the dashboard draws, so the bundle stays small.
echarts.use([
  BarChart,
  GaugeChart,
  HeatmapChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export const CHART_FONT = "'Noto Sans SC', sans-serif";

export function Chart({
  option,
  style,
  onClick,
  testId,
}: {
  option: Record<string, unknown>;
  style?: CSSProperties;
  onClick?: (p: { name?: string; dataIndex?: number; data?: unknown }) => void;
  testId?: string;
}) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={{ textStyle: { fontFamily: CHART_FONT }, ...option }}
        notMerge
        style={{ height: 300, width: '100%', ...style }}
        onEvents={onClick ? { click: onClick } : undefined}
      />
    </div>
  );
}
