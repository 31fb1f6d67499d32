// Draws charts to SVG at build time with ECharts' own server-side rendering, so the prerendered
// page shows every chart before (or without) any JavaScript. Run by the publish step:
//   stdin:  [{ "key": "anteil", "width": 560, "height": 1032, "option": { …ECharts options… } }, …]
//   stdout: { "anteil": "<svg …>…</svg>", … }
// ECharts is the npm package the site's own bundle is built from (same version, package.json).
//
// The SVG is made fit for the page: the site's CSP allows no inline styles, so ECharts' `style`
// attributes become presentation attributes and its hover `<style>` goes; the interactive-only
// markers (ecmeta_*, zrender classes) go too; it scales to its box (viewBox, no fixed size) and is
// hidden from assistive technology, because its container carries the chart's description.
import * as echarts from "echarts";

const input = await new Promise((resolve, reject) => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
  process.stdin.on("error", reject);
});

/** `style="font-size:12px;font-family:sans-serif;"` → `font-size="12px" font-family="sans-serif"`. */
function styleToAttributes(svg) {
  return svg.replace(/ style="([^"]*)"/g, (_, css) =>
    css
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const i = d.indexOf(":");
        const name = d.slice(0, i).trim();
        const value = d.slice(i + 1).trim().replace(/&quot;/g, "'");
        return /^[a-z-]+$/.test(name) ? ` ${name}="${value.replace(/"/g, "'")}"` : "";
      })
      .join(""),
  );
}

export function clean(svg) {
  let out = svg
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, "")
    .replace(/ class="zr\d+-cls-\d+"/g, "")
    .replace(/<svg width="[\d.]+" height="[\d.]+"/, '<svg aria-hidden="true" focusable="false"')
    .replace(/>\s+</g, "><");
  out = styleToAttributes(out);
  // ECharts escapes text; this guards the promise that no markup from the data can run.
  if (/<script|<foreignObject|\son[a-z]+=|javascript:/i.test(out)) {
    throw new Error("ECharts' SVG contains a script, a foreign object or an event handler");
  }
  return out;
}

const jobs = JSON.parse(input);
const out = {};
for (const { key, width, height, option } of jobs) {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  out[key] = clean(chart.renderToSVGString({ useViewBox: true }));
  chart.dispose();
}
// ECharts keeps a timer running: exit once the output is written (a pipe is written asynchronously).
process.stdout.write(JSON.stringify(out), () => process.exit(0));
