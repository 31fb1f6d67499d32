#!/usr/bin/env node
// The benchmark of issue 6: the release site against a static page (the limit) and a plain
// JavaScript page with ECharts (what a developer would write instead), then the site's table with
// 40, 1,000 and 10,000 rows, and the first tap on a phone profile (issue 14). A benchmark, not a
// test: it reports and exits 0; it fails only when it cannot measure. Usage: node bench/run.mjs
// [--runs N] [--scale-runs N] [--sizes 40,1000,10000] [--only load,tap,scale] [--table-rows 40]
// [--tap-runs N] [--tap-after 0.5,3] [--tap-profiles phone,cpu] [--tap-input touch|mouse]
// [--tap-cache deploy|off];
// see bench/README.md.
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launch, ROOT } from "../tests/browser/harness.mjs";
import { ECHARTS_MIN as ECHARTS, SHIPPED_DATASET as DATASET, writeBaselines } from "./lib/baselines.mjs";
import { writeScaledDatasets } from "./lib/datasets.mjs";
import { CPU_SLOWDOWN, measureInteractions, measureLoad } from "./lib/measure.mjs";
import { medians, printFiles, printFrameStart, printLoad, printRatios, printScale, printTap, ratios, tapSummary } from "./lib/report.mjs";
import { deployCacheControl, serveStatic } from "./lib/server.mjs";
import { measureTap, PROFILES, tapCheck } from "./lib/tap.mjs";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    "scale-runs": { type: "string", default: "3" },
    sizes: { type: "string", default: "40,1000,10000" },
    only: { type: "string" },
    "table-rows": { type: "string", default: "40" },
    "tap-runs": { type: "string", default: "5" },
    "tap-after": { type: "string", default: "0.5,3" },
    "tap-profiles": { type: "string", default: "phone,cpu" },
    "tap-input": { type: "string", default: "touch" },
    "tap-cache": { type: "string", default: "deploy" },
  },
});
const PARTS = ["load", "tap", "scale"];
const ONLY = args.only ? args.only.split(",") : PARTS;
const TAP_RUNS = Number(args["tap-runs"]);
const TAP_AFTER = args["tap-after"].split(",").map(Number);
const TAP_PROFILES = args["tap-profiles"].split(",");
const RUNS = Number(args.runs);
const SCALE_RUNS = Number(args["scale-runs"]);
const SIZES = args.sizes.split(",").map(Number);
const TABLE_ROWS = Number(args["table-rows"]);
const DIST = process.env.SITE_DIR ?? join(ROOT, "dist");
const RESULTS = join(import.meta.dirname, "results");

function fail(message) {
  console.error(`\nbench: ${message}`);
  process.exit(1);
}

function check() {
  for (const [name, n] of [["runs", RUNS], ["scale-runs", SCALE_RUNS], ["tap-runs", TAP_RUNS]]) {
    if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a whole number ≥ 1, not ${args[name]}`);
  }
  if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) fail(`--sizes must list row counts, not ${args.sizes}`);
  if (ONLY.some((p) => !PARTS.includes(p))) fail(`--only takes ${PARTS.join(", ")} or a list of them (load,tap), not ${args.only}`);
  if (TAP_AFTER.some((n) => !Number.isFinite(n) || n < 0)) fail(`--tap-after must list seconds after the load event, not ${args["tap-after"]}`);
  if (TAP_PROFILES.some((p) => !(p in PROFILES))) fail(`--tap-profiles takes ${Object.keys(PROFILES).join(", ")}, not ${args["tap-profiles"]}`);
  if (!["touch", "mouse"].includes(args["tap-input"])) fail(`--tap-input takes touch or mouse, not ${args["tap-input"]}`);
  if (!["deploy", "off"].includes(args["tap-cache"])) fail(`--tap-cache takes deploy or off, not ${args["tap-cache"]}`);
  if (!existsSync(join(DIST, "index.html"))) fail(`no release build in ${DIST}: run ./scripts/bench.sh (builds first)`);
  if (!existsSync(ECHARTS)) fail(`${ECHARTS} is missing: run ./scripts/setup.sh (npm ci)`);
}

const warn = (what, errors) => errors.length && console.warn(`  warning: ${what}: ${[...new Set(errors)].join(" | ")}`);

/** Page loads of the three pages, interleaved run by run so machine noise hits all alike. */
async function benchLoad(browser, tmp, site) {
  const { staticDir, jsDir } = await writeBaselines(tmp, DATASET, ECHARTS);
  const pages = [
    { name: "static", dir: staticDir, expect: ["figures", "table"] },
    { name: "plain-js", dir: jsDir, expect: ["figures", "table", "chart"] },
    { name: "site", dir: site, expect: ["figures", "table", "chart"], interact: true },
  ];
  for (const p of pages) p.server = await serveStatic(p.dir);
  try {
    for (const p of pages) await measureLoad(browser, p.server.url, p.expect, TABLE_ROWS, p.interact); // warm-up
    const runs = Object.fromEntries(pages.map((p) => [p.name, []]));
    for (let i = 0; i < RUNS; i++) {
      process.stdout.write(`\rpage loads: run ${i + 1}/${RUNS}`);
      for (const p of pages) {
        const r = await measureLoad(browser, p.server.url, p.expect, TABLE_ROWS, p.interact);
        warn(p.name, r.errors);
        runs[p.name].push(r);
      }
    }
    const fields = ["figures", "table", "tableFrame", "chart", "idle", "body", "transfer", "bodyInteractive", "interactive", "interactiveIdle"];
    const load = Object.fromEntries(
      pages.map((p) => [p.name, { runs: runs[p.name].map(({ files, ...r }) => r), median: medians(runs[p.name], fields) }]),
    );
    return { load, siteFiles: runs.site.at(-1).files };
  } finally {
    for (const p of pages) await p.server.close();
  }
}

/**
 * The first tap on the OX header, site and plain-JS page side by side: every profile and delay
 * after the load event, interleaved run by run (plain-js, site, next delay, next profile, …).
 */
async function benchTap(browser, tmp, site) {
  const { jsDir } = await writeBaselines(tmp, DATASET, ECHARTS);
  const check = tapCheck(JSON.parse(await readFile(DATASET, "utf8")).snapshots[0].bodies);
  const pages = [
    { name: "plain-js", dir: jsDir, expect: ["figures", "table", "chart"] },
    { name: "site", dir: site, expect: ["figures", "table", "chart"] },
  ];
  const conditions = TAP_PROFILES.flatMap((profile) => TAP_AFTER.map((after) => ({ profile, after, key: `${profile}@${after}` })));
  // A first visit as deployed: an empty cache that works, and deploy/nginx.conf's Cache-Control (so
  // what the site prefetches is there when it runs); `--tap-cache off`: no-store and the cache
  // disabled, as in the page loads.
  const cache = args["tap-cache"] === "deploy";
  for (const p of pages) p.server = await serveStatic(p.dir, {}, cache ? { cacheControl: deployCacheControl } : {});
  const input = args["tap-input"];
  try {
    // Warm-up, unmeasured: the server compresses each file once.
    for (const p of pages) await measureTap(browser, p.server.url, { profile: "cpu", after: 0, input, check, expect: p.expect, cache });
    const runs = Object.fromEntries(conditions.map((c) => [c.key, Object.fromEntries(pages.map((p) => [p.name, []]))]));
    for (let i = 0; i < TAP_RUNS; i++) {
      for (const c of conditions) {
        for (const p of pages) {
          process.stdout.write(`\r\x1b[Kfirst tap: run ${i + 1}/${TAP_RUNS}, ${c.profile}, tap at load + ${c.after} s, ${p.name}`);
          const r = await measureTap(browser, p.server.url, { ...c, input, check, expect: p.expect, cache });
          warn(`${p.name} (${c.key})`, r.errors);
          if (r.target !== "sort-ox") console.warn(`\n  warning: ${p.name} (${c.key}): the tap landed on ${r.target ?? "no test id"}, not sort-ox`);
          runs[c.key][p.name].push(r);
        }
      }
    }
    return { input, cache: args["tap-cache"], runs: TAP_RUNS, conditions, profiles: Object.fromEntries(TAP_PROFILES.map((p) => [p, PROFILES[p]])), ...tapSummary(conditions, runs) };
  } finally {
    for (const p of pages) await p.server.close();
  }
}

/** The site's table with generated datasets of each size. */
async function benchScale(browser, tmp, site) {
  const datasets = await writeScaledDatasets(tmp, DATASET, SIZES);
  const scale = [];
  for (const d of datasets) {
    const server = await serveStatic(site, { "/data/dataset.json": d.file });
    try {
      // Compresses the dataset once, unmeasured.
      await fetch(`${server.url}data/dataset.json`, { headers: { "accept-encoding": "br" } }).then((r) => r.arrayBuffer());
      const runs = [];
      for (let i = 0; i < SCALE_RUNS; i++) {
        const t0 = Date.now();
        const step = (what) =>
          process.stdout.write(`\r\x1b[K${d.n} rows: run ${i + 1}/${SCALE_RUNS} (${Math.round((Date.now() - t0) / 1000)} s): ${what}`);
        const r = await measureInteractions(browser, server.url, d, step);
        warn(`${d.n} rows`, r.errors);
        const flat = { tableVisible: r.table, loadIdle: r.idle };
        for (const k of ["sort", "filterSearch", "filterRessort"]) {
          flat[k] = r[k].ms;
          flat[`${k}Frame`] = r[k].frameMs;
          flat[`${k}Idle`] = r[k].idleMs;
        }
        runs.push(flat);
      }
      const fields = Object.keys(runs[0]);
      scale.push({ n: d.n, bytes: d.bytes, search: d.search, runs, median: medians(runs, fields) });
    } finally {
      await server.close();
    }
  }
  return scale;
}

async function main() {
  check();
  const started = Date.now();
  const tmp = await mkdtemp(join(tmpdir(), "ox-bench-"));
  // A copy of the build, so a rebuild of dist/ during a long run cannot mix two builds.
  const site = join(tmp, "site");
  await cp(DIST, site, { recursive: true, filter: (f) => !f.includes("/.stage") });
  const browser = await launch();
  const result = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    machine: { cpus: cpus().length, loadavg: loadavg() },
    runs: RUNS,
    scaleRuns: SCALE_RUNS,
    tapRuns: TAP_RUNS,
    cpuSlowdown: CPU_SLOWDOWN,
  };
  const save = async () => {
    result.machine.loadavgEnd = loadavg();
    result.seconds = Math.round((Date.now() - started) / 1000);
    await mkdir(RESULTS, { recursive: true });
    await writeFile(join(RESULTS, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  };
  try {
    if (ONLY.includes("load")) {
      const { load, siteFiles } = await benchLoad(browser, tmp, site);
      Object.assign(result, { load, ratios: ratios(load), siteFiles });
      process.stdout.write("\r\x1b[K");
      printLoad(load, RUNS);
      printRatios(result.ratios);
      printFrameStart(load);
      printFiles(siteFiles);
      await save();
    }
    if (ONLY.includes("tap")) {
      result.tap = await benchTap(browser, tmp, site);
      process.stdout.write("\r\x1b[K");
      printTap(result.tap);
      await save();
    }
    if (ONLY.includes("scale")) {
      result.scale = await benchScale(browser, tmp, site);
      process.stdout.write("\r\x1b[K");
      printScale(result.scale, SCALE_RUNS);
      await save();
    }
  } finally {
    await browser.close();
    await rm(tmp, { recursive: true, force: true });
  }
  console.log(`\nRun took ${result.seconds} s; results in bench/results/latest.json`);
}

main().catch((e) => fail(e.stack ?? String(e)));
