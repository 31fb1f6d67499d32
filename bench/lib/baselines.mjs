// The two pages the site is compared with, written from the same dataset at bench time:
//  - static: plain HTML with the key figure and the table of all bodies (the limit: nothing runs);
//  - plain-js: what a developer would write instead of the site: ECharts from npm plus a small
//    script that fetches the dataset and draws the share chart and the table.
// Both use the site's data-testid names, so one set of selectors measures all three.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "../../tests/browser/harness.mjs";

/** The dataset the site ships, which every page is built from. */
export const SHIPPED_DATASET = join(ROOT, "public/data/dataset.json");
/** ECharts from npm, the same build the site bundles its parts from. */
export const ECHARTS_MIN = join(ROOT, "node_modules/echarts/dist/echarts.min.js");

const nf = new Intl.NumberFormat("de-DE");
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const all = (b) => b.exchange_accounts + b.exchange_resources + b.ox_accounts;
const share = (b) => (all(b) ? (100 * b.ox_accounts) / all(b) : null);
const pct = (v, digits) =>
  v == null ? "–" : `${v.toLocaleString("de-DE", { minimumFractionDigits: digits, maximumFractionDigits: digits })} %`;

const STYLE = `body{font:16px/1.4 system-ui,sans-serif;margin:1rem auto;max-width:72rem;padding:0 1rem}
table{border-collapse:collapse;width:100%}th,td{padding:.25rem .5rem;border-bottom:1px solid #ddd;text-align:left}
.num{text-align:right;font-variant-numeric:tabular-nums}dl{display:flex;gap:2rem}dd{margin:0;font-size:2rem}`;

function figuresHtml(bodies) {
  const ox = bodies.reduce((s, b) => s + b.ox_accounts, 0);
  return `<dl><div data-testid="fig-ox"><dt>Konten in Open-Xchange</dt><dd>${nf.format(ox)}</dd></div></dl>`;
}

function tableHtml(bodies) {
  const head = ["Ressort", "Behörde", "MSE", "MSE Res", "OX", "OX % (gedruckt)", "OX % (berechnet)"];
  const rows = bodies.map(
    (b) =>
      `<tr data-testid="body-row"><td>${esc(b.portfolio ?? "–")}</td><th scope="row">${esc(b.abbreviation)}</th>` +
      `<td class="num">${nf.format(b.exchange_accounts)}</td><td class="num">${nf.format(b.exchange_resources)}</td>` +
      `<td class="num">${nf.format(b.ox_accounts)}</td><td class="num">${pct(b.ox_share_published, 1)}</td>` +
      `<td class="num">${pct(share(b), 2)}</td></tr>`,
  );
  return (
    `<table data-testid="bodies-table"><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

const page = (head, body) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>Umstieg auf Open-Xchange</title><style>${STYLE}</style>${head}</head><body><h1>Umstieg auf Open-Xchange</h1>${body}</body></html>`;

// The plain-JS page's script. It runs in the browser; the helpers above are repeated in it on purpose
// (the page must stand alone).
const APP_JS = `
const nf = new Intl.NumberFormat("de-DE");
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => "&#" + c.charCodeAt(0) + ";");
const all = (b) => b.exchange_accounts + b.exchange_resources + b.ox_accounts;
const share = (b) => (all(b) ? (100 * b.ox_accounts) / all(b) : null);
const pct = (v, d) => v == null ? "–" : v.toLocaleString("de-DE", { minimumFractionDigits: d, maximumFractionDigits: d }) + " %";
${figuresHtml}
${tableHtml}
fetch("data/dataset.json").then((r) => r.json()).then((dataset) => {
  const bodies = dataset.snapshots[0].bodies;
  document.getElementById("figures").innerHTML = figuresHtml(bodies);
  document.getElementById("table").innerHTML = tableHtml(bodies);
  const rows = bodies.map((b) => [b.abbreviation, share(b)]).sort((a, b) => (a[1] ?? -1) - (b[1] ?? -1));
  const el = document.getElementById("chart");
  el.style.height = rows.length * 24 + 72 + "px";
  const chart = echarts.init(el, null, { renderer: "svg" });
  chart.setOption({
    grid: { left: 16, right: 48, top: 16, bottom: 40, containLabel: true },
    tooltip: { trigger: "axis" },
    yAxis: { type: "category", data: rows.map((r) => r[0]) },
    xAxis: { type: "value", min: 0, max: 100, interval: 20, axisLabel: { formatter: "{value} %" } },
    series: [{ type: "bar", name: "Anteil OX", data: rows.map((r) => r[1] == null ? null : Math.round(r[1] * 100) / 100),
      label: { show: true, position: "right", formatter: (p) => pct(p.value, 1) } }],
  });
  addEventListener("resize", () => chart.resize());
});
`;

/** Writes both baselines into `dir` (static/ and plain-js/) and returns their directories. */
export async function writeBaselines(dir, datasetPath, echartsPath) {
  const dataset = JSON.parse(await readFile(datasetPath, "utf8"));
  const bodies = dataset.snapshots[0].bodies;
  const staticDir = join(dir, "static");
  const jsDir = join(dir, "plain-js");
  await mkdir(staticDir, { recursive: true });
  await mkdir(join(jsDir, "data"), { recursive: true });
  await writeFile(join(staticDir, "index.html"), page("", figuresHtml(bodies) + tableHtml(bodies)));
  await writeFile(
    join(jsDir, "index.html"),
    page(
      `<script defer src="echarts.min.js"></script><script defer src="app.js"></script>`,
      `<div id="figures"></div><div id="chart" data-testid="echart-anteil"></div><div id="table"></div>`,
    ),
  );
  await writeFile(join(jsDir, "app.js"), APP_JS);
  await copyFile(echartsPath, join(jsDir, "echarts.min.js"));
  await copyFile(datasetPath, join(jsDir, "data", "dataset.json"));
  return { staticDir, jsDir };
}
