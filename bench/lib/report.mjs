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

// -- the first tap (issue 14) ----------------------------------------------------------------------

const TAP_FIELDS = ["tap", "fromRelease", "frame", "tapAfterLoad", "firstView", "firstAppRequest", "body", "transfer"];
const PAGES = ["site", "plain-js"];

/** Medians per profile and delay, bytes by part (median over every run of a page), the check on
 * the site's early requests, and the raw runs. */
export function tapSummary(conditions, runs) {
  const byCondition = {};
  for (const c of conditions) {
    const pages = Object.fromEntries(
      PAGES.map((p) => [p, { runs: runs[c.key][p], median: medians(runs[c.key][p], TAP_FIELDS) }]),
    );
    const [s, b] = [pages.site.median.tap, pages["plain-js"].median.tap];
    byCondition[c.key] = { ...c, ...pages, ratio: s != null && b ? s / b : null };
  }
  const all = (p) => conditions.flatMap((c) => runs[c.key][p]);
  const parts = Object.keys(all("site")[0]?.parts ?? {});
  const bytes = Object.fromEntries(
    PAGES.map((p) => [
      p,
      {
        ...Object.fromEntries(
          parts.map((part) => [part, { body: median(all(p).map((r) => r.parts[part].body)), transfer: median(all(p).map((r) => r.parts[part].transfer)) }]),
        ),
        total: { body: median(all(p).map((r) => r.body)), transfer: median(all(p).map((r) => r.transfer)) },
      },
    ]),
  );
  const site = all("site");
  const check = {
    loads: site.length,
    early: site.filter((r) => r.early.length > 0).length,
    earlyFiles: [...new Set(site.flatMap((r) => r.early.map((e) => e.path)))],
    tapBeforeFirstView: site.filter((r) => r.tapBeforeFirstView).length,
    firstView: median(site.map((r) => r.firstView)),
    firstAppRequest: median(site.map((r) => r.firstAppRequest)),
    tapAt: median(site.map((r) => r.tapAfterLoad)),
  };
  const directions = Object.fromEntries(
    PAGES.map((p) => [p, [...new Set(all(p).map((r) => `${r.direction} (aria-sort ${r.ariaSort ?? "–"}${r.search ? `, ${r.search}` : ""})`))]]),
  );
  return { byCondition, bytes, check, directions };
}

export function printTap(tap) {
  const conds = Object.values(tap.byCondition);
  const cache = tap.cache === "deploy" ? "empty cache, deployed Cache-Control" : "cache off";
  console.log(`\nFirst tap on the OX header (issue 14): median of ${tap.runs} interleaved runs, ${tap.input} tap, viewport 1280×900, ${cache}`);
  console.log("time from the tap (pointerdown) until the frame that shows the table in OX order has been drawn");
  const rows = conds.map((c) => [
    tap.profiles[c.profile].label,
    `load + ${c.after} s`,
    ms(c.site.median.tap),
    ms(c["plain-js"].median.tap),
    c.ratio == null ? "–" : c.ratio.toFixed(2),
    ms(c.site.median.fromRelease),
    ms(c.site.median.tapAfterLoad),
    ms(c["plain-js"].median.tapAfterLoad),
  ]);
  console.log(table(["profile", "tap", "site", "plain-JS", "site/plain-JS", "site from release", "site tapped at", "plain-JS tapped at"], rows));
  console.log("(\"tapped at\": when the tap came, ms after the load event; the plain-JS page is tapped once its table is there.");
  console.log(" \"from release\": the same from the pointerup, which the bench sends right after the press.)");
  console.log("\nSingle runs (ms, tap → sorted frame drawn)");
  const single = conds.flatMap((c) =>
    PAGES.map((p) => [`${c.profile} @ load + ${c.after} s`, p, c[p].runs.map((r) => Math.round(r.tap)).join(", ")]),
  );
  console.log(table(["condition", "page", "runs"], single));
  console.log(`first tap sorts: ${PAGES.map((p) => `${p} ${tap.directions[p].join(" / ")}`).join("; ")}`);

  const parts = Object.keys(tap.bytes.site).filter((p) => p !== "total");
  const cell = (x) => (x.body || x.transfer ? `${kb(x.body)} (${kb(x.transfer)})` : "–");
  const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : "–");
  const byteRows = [...parts, "total"].map((part) => {
    const [s, b] = [tap.bytes.site[part], tap.bytes["plain-js"][part]];
    return [part, cell(s), cell(b), ratio(s.body, b.body)];
  });
  console.log("\nBytes once the app runs (site: after the first tap; plain-JS: all it loads), median of every tap run:");
  console.log("brotli bodies (Resource Timing encodedBodySize; a file taken from the cache counts once), in brackets the transfer");
  console.log("the DevTools protocol counted (headers included)");
  console.log(table(["part", "site", "plain-JS", "site/plain-JS (bodies)"], byteRows));

  const k = tap.check;
  const verdict = k.early === 0 ? "none" : `in ${k.early} of ${k.loads} loads: ${k.earlyFiles.join(", ")}`;
  console.log(
    `\nCheck: the site's app files (app JS, wasm, ECharts, dataset) requested before its first view was drawn: ${verdict}` +
      ` (${k.loads} loads; since navigation start: first view drawn at median ${ms(k.firstView)}, first app file requested at` +
      ` median ${ms(k.firstAppRequest)}; tap at median ${ms(k.tapAt)} after the load event${k.tapBeforeFirstView ? `; in ${k.tapBeforeFirstView} loads the tap came before the first view` : ""})`,
  );
}
