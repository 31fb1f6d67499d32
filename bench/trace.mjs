#!/usr/bin/env node
// Where the first view's time goes: loads a page once under the benchmark's conditions (4× CPU
// slowdown, cache off, brotli) with a Chromium trace, and prints the main thread's timeline up to
// shortly after the table is drawn: parse chunks, requests, style, layout and paint of each frame.
// A tool for finding what to make faster, not part of the benchmark. Usage:
//   node bench/trace.mjs [site|static] [--warm N]
// `--warm N` loads the page N times unmeasured first (default 1). SITE_DIR=… traces another build.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launch, ROOT } from "../tests/browser/harness.mjs";
import { ECHARTS_MIN, SHIPPED_DATASET, writeBaselines } from "./lib/baselines.mjs";
import { openThrottled } from "./lib/measure.mjs";
import { loadMarks } from "./lib/probe.mjs";
import { serveStatic } from "./lib/server.mjs";
import { pageMainThread } from "./lib/trace-events.mjs";

const { values, positionals } = parseArgs({ options: { warm: { type: "string", default: "1" } }, allowPositionals: true });
const which = positionals[0] ?? "site";
if (!["site", "static"].includes(which)) throw new Error(`trace site or static, not ${which}`);

// The main thread's events worth reading, with what to print beside each.
const SHOWN = {
  ParseHTML: (e) => `from line ${e.args.beginData?.startLine}`,
  UpdateLayoutTree: (e) => `${e.args.elementCount ?? "?"} elements`,
  Layout: (e) => `${e.args.beginData?.dirtyObjects}/${e.args.beginData?.totalObjects} objects`,
  ResourceSendRequest: (e) => e.args.data.url,
  ResourceFinish: (e) => `${e.args.data.encodedDataLength} bytes`,
  ParseAuthorStyleSheet: () => "",
  EvaluateScript: (e) => e.args.data?.url ?? "",
  FunctionCall: (e) => e.args.data?.functionName ?? "",
  PrePaint: () => "",
  Paint: () => "",
  Layerize: () => "",
  Commit: () => "",
  firstContentfulPaint: () => "",
};

const tmp = await mkdtemp(join(tmpdir(), "ox-trace-"));
const dir =
  which === "static"
    ? (await writeBaselines(tmp, SHIPPED_DATASET, ECHARTS_MIN)).staticDir
    : (process.env.SITE_DIR ?? join(ROOT, "dist"));
const browser = await launch();
const server = await serveStatic(dir);
try {
  for (let run = 0; run <= Number(values.warm); run++) {
    const traced = run === Number(values.warm);
    // The benchmark's own page set-up: probe, 4× slowdown, cache off.
    const { context, page } = await openThrottled(browser, loadMarks(40, which === "site" ? ["figures", "table", "chart"] : ["figures", "table"]));
    if (traced) {
      await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "loading"] });
    }
    await page.goto(server.url);
    await page.waitForFunction(() => window.__bench.reached(["figures", "table"]), null, { polling: 100 });
    const marks = await page.evaluate(() => ({ drawn: window.__bench.marks, frame: window.__bench.frames }));
    if (!traced) {
      await context.close();
      continue;
    }
    await page.waitForTimeout(300);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    // The page's main thread is the one that parsed its HTML; times are from its first parse.
    const { pid, tid, ts: t0 } = pageMainThread(events);
    console.log(`${which}: marks in ms since navigation start (frame: the frame showing it began; drawn: that frame was drawn)`);
    for (const [kind, m] of Object.entries(marks)) {
      console.log(`  ${kind.padEnd(5)} ${Object.entries(m).map(([k, v]) => `${k} ${Math.round(v)}`).join(", ")}`);
    }
    console.log("\n    at ms   took ms  main thread, from its first parse chunk");
    for (const e of events.filter((e) => e.pid === pid && e.tid === tid && SHOWN[e.name]).sort((a, b) => a.ts - b.ts)) {
      if (e.name === "FunctionCall" && e.dur < 2000) continue;
      const at = ((e.ts - t0) / 1000).toFixed(1).padStart(9);
      const took = e.dur == null ? "" : (e.dur / 1000).toFixed(1);
      console.log(`${at} ${took.padStart(9)}  ${e.name} ${SHOWN[e.name](e)}`);
    }
    await context.close();
  }
} finally {
  await server.close();
  await browser.close();
  await rm(tmp, { recursive: true, force: true });
}
