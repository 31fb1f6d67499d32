// The first tap (issue 14): a page loaded on a phone profile, the reader taps the table's OX header
// N seconds after the load event, and the time is taken from the tap until the frame that shows the
// table sorted by OX has been drawn (probe.mjs, `tap`). Measured from the tap whatever the page has
// loaded or started by then: the site may start its app at the tap (public/boot.js) or before it.
// Also the bytes loaded by then, part by part, and whether the site asked for any of its app's files
// before its first view was drawn.
import { idle, networkQuiet, openThrottled } from "./measure.mjs";
import { loadMarks } from "./probe.mjs";

/** The profiles: a phone (4× slower CPU and a slow mobile network), and the CPU alone. */
export const PROFILES = {
  phone: {
    label: "phone (4× CPU, 150 ms, 1.6 Mbit/s down, 750 kbit/s up)",
    network: { latency: 150, downloadThroughput: 200_000, uploadThroughput: 750_000 / 8 },
  },
  cpu: { label: "4× CPU, no network limit", network: null },
};

/** The button the reader taps: the OX column's header on the site and on the plain-JS page. */
export const OX_HEADER = "[data-testid=sort-ox]";
const TIMEOUT = 60_000;

/** The parts bytes are reported by, in print order. */
export const PARTS = ["HTML", "CSS", "boot.js", "app JS", "wasm", "ECharts", "dataset", "other"];
/** The app's files: asked for before the first view was drawn, they compete with it. */
export const APP_PARTS = ["app JS", "wasm", "ECharts", "dataset"];

/** Which part a URL is: the document, styles, the site's boot.js, the app's JavaScript glue (the
 * plain-JS page's own script), the WebAssembly, ECharts, the dataset, or anything else. */
export function partOf(url, document) {
  const path = new URL(url).pathname;
  if (url === document || path.endsWith(".html") || path.endsWith("/")) return "HTML";
  if (path.endsWith(".css")) return "CSS";
  if (/\/boot\.js$/.test(path)) return "boot.js";
  if (path.endsWith(".wasm")) return "wasm";
  if (/echarts[^/]*\.js$/.test(path)) return "ECharts";
  if (path.endsWith("/data/dataset.json")) return "dataset";
  if (/\.m?js$/.test(path)) return "app JS";
  return "other";
}

/** What the probe needs to recognise the table in OX order: each body's OX accounts by index. */
export function tapCheck(bodies) {
  const ox = bodies.map((b) => b.ox_accounts);
  const check = { ox, min: Math.min(...ox), max: Math.max(...ox) };
  // The printed order must not already pass for sorted, or the tap would be measured as nothing.
  if (ox[0] === check.min || ox[0] === check.max) {
    throw new Error("the dataset's first body has the fewest or most OX accounts: the sorted table cannot be told from the printed one");
  }
  return check;
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, Math.max(0, ms)));

/** A tap at (x, y) with real input events: a finger (touch) or the left mouse button, down then up. */
async function tapAt(cdp, input, x, y) {
  // Both sent at once: the protocol answers an input event only once the page has handled it, so
  // awaiting the press would hold the finger down for as long as the page is busy. A person's tap
  // lifts the finger whatever the page does.
  if (input === "touch") {
    await Promise.all([
      cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] }),
      cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] }),
    ]);
  } else {
    await Promise.all([
      cdp.send("Input.dispatchMouseEvent", { type: "mousePressed", x, y, button: "left", buttons: 1, clickCount: 1 }),
      cdp.send("Input.dispatchMouseEvent", { type: "mouseReleased", x, y, button: "left", buttons: 0, clickCount: 1 }),
    ]);
  }
}

/**
 * Loads `url` with `profile`, taps the OX header `after` seconds after the load event (or as soon
 * as the header is there, if later), and returns (ms): `tap` from the tap (pointerdown) until the
 * frame showing the table in OX order was drawn, `fromRelease` the same from the release
 * (pointerup), `frame` until that frame began; `tapAfterLoad` when the tap came; `firstView` when
 * the frame that completed the first view (figures, table, chart) was drawn; bytes by part once
 * the network is quiet after the sort; the app's files requested before the first view.
 */
export async function measureTap(browser, url, { profile, after, input, check, expect, cache }) {
  const { context, page, errors, net, cdp } = await openThrottled(browser, loadMarks(check.ox.length, expect), {
    network: PROFILES[profile].network,
    touch: input === "touch",
    tap: check,
    cache,
  });
  try {
    await page.goto(url, { waitUntil: "load", timeout: TIMEOUT });
    // The reader scrolls to the table while reading; no input event, so the tap is the first sign
    // of use. (The plain-JS page draws its table after load, once the dataset is there.) The
    // header's place is read then, not just before the tap: reading it would wait for the page.
    await page.waitForFunction((sel) => document.querySelector(sel), OX_HEADER, { polling: 50, timeout: TIMEOUT });
    const { x, y, sinceLoad } = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      el.scrollIntoView({ block: "center" });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, sinceLoad: performance.now() - window.__bench.loadAt() };
    }, OX_HEADER);
    await sleep(after * 1000 - sinceLoad);
    await tapAt(cdp, input, x, y);
    try {
      await page.waitForFunction(() => window.__bench.tap().end !== null, null, { polling: 50, timeout: TIMEOUT });
    } catch (e) {
      const state = await page.evaluate(() => window.__bench.tap()).catch(() => ({}));
      throw new Error(
        `${url}: the table was not sorted by OX within ${TIMEOUT / 1000} s of the tap (${e.message.split("\n")[0]}).\n` +
          `  tap: ${JSON.stringify(state)}\n  page errors: ${errors.join(" | ") || "none"}`,
      );
    }
    await networkQuiet(net, 500, 30_000);
    await idle(page);
    const seen = await page.evaluate(() => ({
      tap: window.__bench.tap(),
      marks: window.__bench.marks,
      document: location.href,
      entries: [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map((e) => ({
        url: e.name,
        start: e.startTime,
        // A file taken from the cache (one prefetched earlier) costs no bytes again.
        cached: e.entryType === "resource" && e.transferSize === 0 && e.encodedBodySize > 0,
        body: e.encodedBodySize,
        initiator: e.initiatorType,
      })),
    }));
    const t = seen.tap;
    const firstView = Math.max(...expect.map((n) => seen.marks[n] ?? Infinity));
    const parts = Object.fromEntries(PARTS.map((p) => [p, { body: 0, transfer: 0 }]));
    for (const e of seen.entries) if (!e.cached) parts[partOf(e.url, seen.document)].body += e.body;
    for (const [u, bytes] of net.byUrl) parts[partOf(u, seen.document)].transfer += bytes;
    const early = seen.entries
      .filter((e) => APP_PARTS.includes(partOf(e.url, seen.document)) && e.start < firstView)
      .map((e) => ({ path: new URL(e.url).pathname, start: e.start }));
    const appStarts = seen.entries.filter((e) => APP_PARTS.includes(partOf(e.url, seen.document))).map((e) => e.start);
    return {
      tap: t.end - t.down,
      fromRelease: t.up === null ? null : t.end - t.up,
      frame: t.frame - t.down,
      tapAfterLoad: t.down - t.loadAt,
      firstView,
      tapBeforeFirstView: t.down < firstView,
      firstAppRequest: appStarts.length ? Math.min(...appStarts) : null,
      early,
      target: t.target,
      direction: t.direction,
      ariaSort: t.ariaSort,
      search: t.url,
      rows: t.rows,
      body: PARTS.reduce((n, p) => n + parts[p].body, 0),
      transfer: net.transfer,
      parts,
      // Every file: its path, when it was requested (ms since navigation start), its br body.
      files: seen.entries.map((e) => ({ path: new URL(e.url).pathname, start: Math.round(e.start), body: e.body, cached: e.cached, initiator: e.initiator })),
      errors,
    };
  } finally {
    await context.close();
  }
}
