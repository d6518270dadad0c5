import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, GaugeChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useState, type CSSProperties } from 'react';

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
  // A canvas does not ask for web-font subsets the way DOM text does: draw once the Noto Sans SC
  // subsets for this chart's text (region and field names) are in, or a CJK-less system shows tofu.
  const text = JSON.stringify(option);
  const [fontsFor, setFontsFor] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const done = () => live && setFontsFor(text);
    void document.fonts.load(`14px ${CHART_FONT}`, text).then(done, done);
    return () => {
      live = false;
    };
  }, [text]);
  // 'finished' fires when ECharts has drawn and its animation is over: tests wait for it instead of sleeping.
  const [drawnFor, setDrawnFor] = useState<string | null>(null);
  const height = { height: 300, width: '100%', ...style };
  const events: Record<string, (p: never) => void> = { finished: () => setDrawnFor(text) };
  if (onClick) events.click = onClick as (p: never) => void;
  return (
    <div data-testid={testId} data-drawn={drawnFor === text ? 'true' : undefined}>
      {fontsFor !== text ? (
        <div style={height} />
      ) : (
        <ReactEChartsCore
          echarts={echarts}
          option={{ textStyle: { fontFamily: CHART_FONT }, ...option }}
          notMerge
          style={height}
          onEvents={events}
        />
      )}
    </div>
  );
}
