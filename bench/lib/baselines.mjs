// The two pages the site is compared with, written from the same dataset at bench time:
//  - static: plain HTML with the key figure and the table of all bodies (the limit: nothing runs);
//  - plain-js: what a developer would write instead of the site: ECharts from npm plus a small
//    script that fetches the dataset and draws the share chart and the table, sortable by a click
//    on a column header (plain DOM: the rows are put in order, nothing redrawn).
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

// With `sortable` (the plain-JS page), every column header is a button that sorts by it (the OX
// one is `sort-ox`, as on the site), and each row says which body it is (`data-row`, as on the
// site). The static page's table has neither.
const SORT_KEYS = ["ressort", "behoerde", "mse", "mse-res", "ox", "anteil-gedruckt", "anteil-berechnet"];
function tableHtml(bodies, sortable = false) {
  const head = ["Ressort", "Behörde", "MSE", "MSE Res", "OX", "OX % (gedruckt)", "OX % (berechnet)"];
  const th = (h, i) =>
    sortable
      ? `<th scope="col" aria-sort="none"><button type="button" data-sort="${i}" data-testid="sort-${SORT_KEYS[i]}">${h}</button></th>`
      : `<th scope="col">${h}</th>`;
  const rows = bodies.map(
    (b, i) =>
      `<tr data-testid="body-row"${sortable ? ` data-row="${i}"` : ""}><td>${esc(b.portfolio ?? "–")}</td><th scope="row">${esc(b.abbreviation)}</th>` +
      `<td class="num">${nf.format(b.exchange_accounts)}</td><td class="num">${nf.format(b.exchange_resources)}</td>` +
      `<td class="num">${nf.format(b.ox_accounts)}</td><td class="num">${pct(b.ox_share_published, 1)}</td>` +
      `<td class="num">${pct(share(b), 2)}</td></tr>`,
  );
  return (
    `<table data-testid="bodies-table"><thead><tr>${head.map(th).join("")}</tr></thead>` +
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
const SORT_KEYS = ${JSON.stringify(SORT_KEYS)};
${figuresHtml}
${tableHtml}
// Sorting by a column: first ascending, then descending (as on the site); numbers as numbers,
// names in German order, empty values last.
const COLUMNS = [(b) => b.portfolio, (b) => b.abbreviation, (b) => b.exchange_accounts, (b) => b.exchange_resources,
  (b) => b.ox_accounts, (b) => b.ox_share_published, share];
const compare = (x, y) => x == null ? (y == null ? 0 : 1) : y == null ? -1
  : typeof x === "string" ? x.localeCompare(y, "de") : x - y;
function sortable(table, bodies) {
  const rows = [...table.tBodies[0].rows];
  let column = null;
  let descending = false;
  table.tHead.addEventListener("click", (e) => {
    const button = e.target.closest("button[data-sort]");
    if (!button) return;
    const c = Number(button.dataset.sort);
    descending = c === column && !descending;
    column = c;
    const value = COLUMNS[c];
    const order = bodies.map((_, i) => i).sort((i, j) => {
      const d = compare(value(bodies[i]), value(bodies[j]));
      return descending && value(bodies[i]) != null && value(bodies[j]) != null ? -d : d;
    });
    table.tBodies[0].append(...order.map((i) => rows[i]));
    for (const th of table.tHead.rows[0].cells) th.setAttribute("aria-sort", "none");
    button.parentElement.setAttribute("aria-sort", descending ? "descending" : "ascending");
  });
}
fetch("data/dataset.json").then((r) => r.json()).then((dataset) => {
  const bodies = dataset.snapshots[0].bodies;
  document.getElementById("figures").innerHTML = figuresHtml(bodies);
  document.getElementById("table").innerHTML = tableHtml(bodies, true);
  sortable(document.querySelector("#table table"), bodies);
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
      `<style>th button{font:inherit;font-weight:700;border:0;background:none;padding:0;cursor:pointer}</style>` +
        `<script defer src="echarts.min.js"></script><script defer src="app.js"></script>`,
      `<div id="figures"></div><div id="chart" data-testid="echart-anteil"></div><div id="table"></div>`,
    ),
  );
  await writeFile(join(jsDir, "app.js"), APP_JS);
  await copyFile(echartsPath, join(jsDir, "echarts.min.js"));
  await copyFile(datasetPath, join(jsDir, "data", "dataset.json"));
  return { staticDir, jsDir };
}
