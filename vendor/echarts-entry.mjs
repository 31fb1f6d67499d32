// The smallest ECharts build that draws every chart of the site: bar and scatter series on a grid
// (category, value, log and time axes), tooltip, legend, title (empty-state message), mark line
// (the 90 % threshold), graphic (texts in exported images), aria with decal patterns, SVG renderer.
// Bundled by scripts/build-echarts.mjs; the app reaches it as the global `echarts`, as charming
// expects.
import * as echarts from "echarts/core";
import { BarChart, ScatterChart } from "echarts/charts";
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import { LabelLayout } from "echarts/features";
import { SVGRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  ScatterChart,
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  LabelLayout,
  SVGRenderer,
]);

globalThis.echarts = echarts;
