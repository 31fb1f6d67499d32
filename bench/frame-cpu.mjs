#!/usr/bin/env node
// The CPU time of the first view's big frame (style, layout, paint, commit), without CPU slowdown,
// from Chromium's trace (thread time, so what else the machine does hardly moves it): about ±1 ms
// between runs, where the benchmark's page-load times vary by ±100 ms. For comparing two builds or
// a change to the page's markup or CSS; not part of the benchmark. Usage:
//   node bench/frame-cpu.mjs [--runs N] static <site-dir> [<site-dir> …]
// `static` is the benchmark's static page; the frame measured is the first to style over 200
// elements (the one with the table). The pages are loaded in turn, boot.js answered empty.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launch, ROOT } from "../tests/browser/harness.mjs";
import { ECHARTS_MIN, SHIPPED_DATASET, writeBaselines } from "./lib/baselines.mjs";
import { median } from "./lib/report.mjs";
import { serveStatic } from "./lib/server.mjs";
import { pageMainThread } from "./lib/trace-events.mjs";

const { values, positionals } = parseArgs({ options: { runs: { type: "string", default: "5" } }, allowPositionals: true });
const STEPS = ["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit"];

/** The rendering steps of the frame that first styles the table, in ms of thread time. */
function bigFrame(events) {
  const { pid, tid } = pageMainThread(events);
  const main = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const style = main.find((e) => e.name === "UpdateLayoutTree" && (e.args?.elementCount ?? 0) > 200);
  const commit = style && main.find((e) => e.name === "Commit" && e.ts > style.ts);
  if (!commit) return null;
  const steps = Object.fromEntries(STEPS.map((s) => [s, 0]));
  for (const e of main) if (STEPS.includes(e.name) && e.ts >= style.ts && e.ts <= commit.ts) steps[e.name] += (e.tdur ?? e.dur) / 1000;
  return { total: STEPS.reduce((s, k) => s + steps[k], 0), elements: style.args.elementCount, ...steps };
}

const tmp = await mkdtemp(join(tmpdir(), "ox-frame-"));
const browser = await launch();
try {
  let staticDir;
  const dirs = [];
  for (const p of positionals.length ? positionals : ["static", join(ROOT, "dist")]) {
    if (p === "static") {
      staticDir ??= (await writeBaselines(tmp, SHIPPED_DATASET, ECHARTS_MIN)).staticDir;
      dirs.push(["static", staticDir]);
    } else dirs.push([p, p]);
  }
  const servers = await Promise.all(dirs.map(([, d]) => serveStatic(d)));
  const frames = dirs.map(() => []);
  for (let run = 0; run < Number(values.runs); run++) {
    for (let i = 0; i < dirs.length; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
      const page = await context.newPage();
      await page.route("**/boot.js", (r) => r.fulfill({ body: "", contentType: "text/javascript" }));
      await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
      await page.goto(servers[i].url, { waitUntil: "load" });
      await page.waitForTimeout(200);
      const frame = bigFrame(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
      if (frame) frames[i].push(frame); // a load whose table came over two frames is left out
      await context.close();
    }
  }
  await Promise.all(servers.map((s) => s.close()));
  console.log(`first big frame, CPU ms (thread time, no slowdown), median of up to ${values.runs} loads`);
  const header = ["page", "total", ...STEPS, "elements", "loads"];
  console.log(header.join("\t"));
  dirs.forEach(([name], i) => {
    const m = (k) => median(frames[i].map((f) => f[k]));
    console.log([name, ...["total", ...STEPS].map((k) => m(k)?.toFixed(1) ?? "–"), m("elements") ?? "–", frames[i].length].join("\t"));
  });
} finally {
  await browser.close();
  await rm(tmp, { recursive: true, force: true });
}
