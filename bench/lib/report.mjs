// Medians, ratios against the targets of issue 6, and the printed tables.

export function median(values) {
  const v = values.filter((x) => typeof x === "number").sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Median of each numeric field over the runs. */
export function medians(runs, fields) {
  return Object.fromEntries(fields.map((f) => [f, median(runs.map((r) => r[f]))]));
}

const ms = (v) => (v == null ? "–" : `${Math.round(v).toLocaleString("en")} ms`);
const kb = (v) => (v == null ? "–" : `${(v / 1024).toFixed(1)} KB`);
const pad = (cells, widths) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");

function table(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i]).length)));
  return [pad(header, widths), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map((r) => pad(r, widths))].join("\n");
}

export const TARGETS = [
  { name: "table time site/static", of: ["site", "static", "table"], max: 1.5 },
  { name: "first chart time site/plain-JS", of: ["site", "plain-js", "chart"], max: 0.8 },
  { name: "bytes site/plain-JS", of: ["site", "plain-js", "body"], max: 0.8 },
];

/** Not targets of the issue, printed beside them so the first view is never the whole story. */
export const ALSO = [{ name: "bytes once the app runs site/plain-JS", of: ["site", "plain-js", "bodyInteractive", "body"] }];

export function ratios(load) {
  const also = ALSO.map(({ name, of: [a, b, fa, fb] }) => {
    const x = load[a]?.median[fa];
    const y = load[b]?.median[fb];
    return { name, ratio: x != null && y ? x / y : null, target: null, met: null };
  });
  return [...TARGETS.map(({ name, of: [a, b, field], max }) => {
    const x = load[a]?.median[field];
    const y = load[b]?.median[field];
    const ratio = x != null && y ? x / y : null;
    return { name, ratio, target: max, met: ratio != null && ratio <= max };
  }), ...also];
}

export function printLoad(load, runs) {
  console.log(`\nPage load: median of ${runs} runs, 4× CPU slowdown, cache off, brotli, times from navigation start`);
  console.log("(times: when the frame that shows it has been drawn, its style, layout and paint included;");
  console.log(" idle: when the last long task ended, i.e. when the page answers input again)");
  const rows = Object.entries(load).map(([name, { median: m }]) => [
    name,
    ms(m.figures),
    ms(m.table),
    ms(m.chart),
    ms(m.idle),
    kb(m.body),
    kb(m.transfer),
    ms(m.interactive),
    kb(m.bodyInteractive),
  ]);
  console.log(table(["page", "key figures", "table (40 rows)", "first chart", "idle", "bytes (br bodies)", "transfer", "first use → app chart", "bytes with app"], rows));
  console.log("(first chart: the first chart on screen; the site's comes drawn in its HTML. \"first use → app chart\": the site");
  console.log(" starts its app at the reader's first use (here a mouse move after the page was idle); time from that");
  console.log(" move until the app's own, interactive chart is drawn. \"bytes with app\": everything loaded after that.)");
}

/**
 * The table's time by the start of the frame that shows it, i.e. without that frame's style,
 * layout and paint: how this benchmark timed it before 2026-11-27, printed for comparison.
 */
export function printFrameStart(load) {
  const site = load.site?.median.tableFrame;
  const base = load.static?.median.tableFrame;
  if (site == null || base == null) return;
  console.log(
    `\n(table by the start of its frame, without the frame's own work: site ${ms(site)}, static ${ms(base)},` +
      ` ratio ${(site / base).toFixed(2)}; not the target's measure)`,
  );
}

export function printRatios(list) {
  console.log("\nTargets of issue 6");
  const rows = list.map((r) => [
    r.name,
    r.ratio == null ? "–" : r.ratio.toFixed(2),
    r.target == null ? "(no target)" : `≤ ${r.target}`,
    r.ratio == null ? "not measured" : r.target == null ? "" : r.met ? "met" : "NOT met",
  ]);
  console.log(table(["ratio", "value", "target", ""], rows));
}

export function printFiles(files) {
  console.log("\nWhat the site loads (one run, compressed body → decoded)");
  const rows = files.map((f) => [new URL(f.url).pathname, kb(f.body), kb(f.decoded)]);
  console.log(table(["file", "br", "decoded"], rows));
}

const FIELDS = [
  ["tableVisible", "load: table visible"],
  ["loadIdle", "load: page idle"],
  ["sort", "sort by OX (click)"],
  ["sortIdle", "  … page idle"],
  ["filterSearch", "search (fill)"],
  ["filterSearchIdle", "  … page idle"],
  ["filterRessort", "Ressort filter (select)"],
  ["filterRessortIdle", "  … page idle"],
];

/** How a cost grows from size a to size b: the factor, and the exponent k in cost ∝ rows^k. */
function growth(a, b) {
  if (a.value == null || b.value == null || a.value <= 0) return "–";
  const factor = b.value / a.value;
  const k = Math.log(factor) / Math.log(b.n / a.n);
  return `×${factor.toFixed(1)} (n^${k.toFixed(2)})`;
}

export function printScale(scale, runs) {
  console.log(`\nTable at scale: median of ${runs} runs, 4× CPU slowdown; interactions from the input event until the frame`);
  console.log("showing the change in the table's first row has been drawn; \"… page idle\": until the last long task it caused ended");
  const sizes = scale.map((s) => s.n);
  const header = ["", ...sizes.map((n) => `${n.toLocaleString("en")} rows`)];
  for (let i = 1; i < sizes.length; i++) header.push(`growth ${sizes[i - 1].toLocaleString("en")}→${sizes[i].toLocaleString("en")}`);
  const rows = FIELDS.map(([field, label]) => {
    const cells = scale.map((s) => ({ n: s.n, value: s.median[field] }));
    const row = [label, ...cells.map((c) => ms(c.value))];
    for (let i = 1; i < cells.length; i++) row.push(growth(cells[i - 1], cells[i]));
    return row;
  });
  console.log(table(header, rows));
  console.log(`dataset sizes: ${scale.map((s) => `${s.n} rows = ${kb(s.bytes)}`).join(", ")}`);
}
