// One measured page load, and the table interactions, in headless Chromium: 4× CPU throttling and
// the cache disabled (through the DevTools protocol), timestamps taken inside the page (probe.mjs).
import { installProbe, loadMarks, ROW, scaleMarks } from "./probe.mjs";

export const CPU_SLOWDOWN = 4;
const LOAD_TIMEOUT = 60_000; // the 40-row pages
const TIMEOUT = 900_000; // 10,000 rows under 4× slowdown take minutes

/**
 * A fresh context and page with the probe installed, throttled, byte counting on. Options (the
 * first-tap part, tap.mjs): `network` the arguments of Network.emulateNetworkConditions (none: no
 * limit), `touch` a touch screen (Input.dispatchTouchEvent works), `tap` the probe's first-tap
 * check, `cache` the browser's cache on (fresh and empty in every context) instead of disabled.
 */
export async function openThrottled(browser, marks, { network = null, touch = false, tap = null, cache = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "de-DE",
    colorScheme: "light",
    hasTouch: touch,
  });
  await context.addInitScript(installProbe, { marks, row: ROW, tap });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT); // a click waits until the page takes the event
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  // byUrl: what the DevTools protocol counted per URL (headers included), for bytes by part.
  const net = { inFlight: new Set(), transfer: 0, lastChange: Date.now(), urls: new Map(), byUrl: new Map() };
  cdp.on("Network.requestWillBeSent", (e) => {
    net.inFlight.add(e.requestId);
    net.urls.set(e.requestId, e.request.url);
    net.lastChange = Date.now();
  });
  cdp.on("Network.loadingFinished", (e) => {
    net.transfer += e.encodedDataLength;
    const url = net.urls.get(e.requestId);
    if (url) net.byUrl.set(url, (net.byUrl.get(url) ?? 0) + e.encodedDataLength);
    net.inFlight.delete(e.requestId);
    net.lastChange = Date.now();
  });
  cdp.on("Network.loadingFailed", (e) => {
    net.inFlight.delete(e.requestId);
    net.lastChange = Date.now();
  });
  await cdp.send("Network.enable");
  // With `cache`, the context's own cache (empty: a first visit) is used as a browser would.
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: !cache });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  if (network) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...network });
  return { context, page, errors, net, cdp };
}

/** Resolves once no request has been open for `quietMs` (or after `maxMs`). */
export async function networkQuiet(net, quietMs = 500, maxMs = 10_000) {
  const until = Date.now() + maxMs;
  while (Date.now() < until && (net.inFlight.size > 0 || Date.now() - net.lastChange < quietMs)) {
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/**
 * Waits until the page has run no long task for `quietMs` and returns when the last one ended
 * (ms since navigation start): from then on the page answers input at once.
 */
export async function idle(page, quietMs = 1000) {
  const until = Date.now() + TIMEOUT;
  while (Date.now() < until) {
    const { lastBusy, now } = await page.evaluate(() => window.__bench.busy());
    if (now - lastBusy >= quietMs) return lastBusy;
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`${page.url()} was still busy (long tasks) after ${TIMEOUT / 1000} s`);
}

/**
 * A reader's first use: the mouse moves over the page. The site's prerendered page starts its app
 * then (public/boot.js); the baselines ignore it. Waits until the page's deferred scripts ran.
 */
export async function firstUse(page) {
  await page.waitForFunction(() => document.readyState !== "loading", null, { polling: 20 });
  await page.mouse.move(40, 40);
  await page.mouse.move(60, 50);
}

/** Sum of the compressed bodies of the document and every resource so far. */
const bodyBytes = (page) =>
  page.evaluate(() =>
    [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].reduce(
      (s, e) => s + e.encodedBodySize,
      0,
    ),
  );

/**
 * Navigates and waits for `expect` marks; says what the page showed if they never come. With
 * `use`, the reader moves the mouse as soon as the page can take it.
 */
async function load(page, url, expect, errors, timeout, use = false) {
  await page.goto(url, { waitUntil: "commit" });
  if (use) await firstUse(page);
  try {
    await page.waitForFunction((names) => window.__bench?.reached(names), expect, { timeout, polling: 100 });
  } catch (e) {
    const missing = await page.evaluate((names) => names.filter((n) => !window.__bench?.reached([n])), expect).catch(() => expect);
    const text = await page.evaluate(() => document.body?.innerText.slice(0, 300)).catch(() => "");
    throw new Error(
      `${url} did not show ${missing.join(", ")} within ${timeout / 1000} s (${e.message.split("\n")[0]}).\n` +
        `  page errors: ${errors.join(" | ") || "none"}\n  page text: ${text.replace(/\s+/g, " ")}`,
    );
  }
}

/**
 * Loads `url` once and returns the frame times of the marks in `expect` (ms since navigation start)
 * and when the page was idle again (end of its last long task), and the bytes loaded: `body` sums the encoded (compressed) body sizes of the document and every
 * resource (Resource Timing), `transfer` is what the DevTools protocol counted, headers included.
 */
export async function measureLoad(browser, url, expect, tableRows, interact = false) {
  const { context, page, errors, net } = await openThrottled(browser, loadMarks(tableRows, [...expect, ...(interact ? ["interactive"] : [])]));
  try {
    await load(page, url, expect, errors, LOAD_TIMEOUT);
    await networkQuiet(net);
    const idleAt = await idle(page);
    // The first view is measured; now the reader's first use, until the app's chart is drawn.
    let use = {};
    if (interact) {
      const firstView = await bodyBytes(page);
      await firstUse(page);
      await page.waitForFunction(() => window.__bench.reached(["interactive"]), null, { timeout: LOAD_TIMEOUT, polling: 100 });
      await networkQuiet(net);
      const usedIdle = await idle(page);
      const { intentAt, at } = await page.evaluate(() => ({ intentAt: window.__bench.intentAt, at: window.__bench.marks.interactive }));
      use = { firstView, interactive: at - intentAt, interactiveIdle: Math.max(at, usedIdle) - intentAt };
    }
    const seen = await page.evaluate(() => {
      const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
      return {
        marks: window.__bench.marks,
        frames: window.__bench.frames,
        files: entries.map((e) => ({ url: e.name, body: e.encodedBodySize, decoded: e.decodedBodySize })),
      };
    });
    const all = seen.files.reduce((s, f) => s + f.body, 0);
    return {
      ...Object.fromEntries(expect.map((n) => [n, seen.marks[n]])),
      // The start of the frame that shows the table (the mark before it counted the frame's work).
      tableFrame: seen.frames.table ?? null,
      idle: Math.max(idleAt, ...expect.map((n) => seen.marks[n])),
      // Without a first use, everything loaded is the first view.
      body: use.firstView ?? all,
      bodyInteractive: all,
      interactive: use.interactive ?? null,
      interactiveIdle: use.interactiveIdle ?? null,
      transfer: net.transfer,
      files: seen.files,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Runs one armed interaction and returns its in-page duration. */
async function timed(page, type, act) {
  await page.evaluate((t) => window.__bench.arm(t), type);
  await act();
  const handle = await page.waitForFunction(() => window.__bench.result(), null, { timeout: TIMEOUT, polling: 50 });
  const result = await handle.jsonValue();
  const start = await page.evaluate(() => window.__bench.started());
  return { ...result, idleMs: Math.max(result.ms, (await idle(page)) - start) };
}

/**
 * A throttled page of the site at `url`, loaded until its first row is the body `first` of the
 * served dataset and idle; closes it after `use(page)`.
 */
async function withSite(browser, url, first, use) {
  const { context, page, errors } = await openThrottled(browser, scaleMarks(first));
  try {
    await load(page, url, ["table"], errors, TIMEOUT, true);
    const table = await page.evaluate(() => window.__bench.marks.table);
    const idleAt = Math.max(table, await idle(page)); // interactions start on an idle page
    return { table, idle: idleAt, errors, ...(await use(page)) };
  } finally {
    await context.close();
  }
}

/**
 * Times, on the site at `url`, sorting by OX from the printed order and then searching for `search`
 * in the sorted table (one page), and filtering to a Ressort from the printed order (a second
 * page). Undoing an interaction costs as much as doing it, so each page is loaded afresh instead.
 */
export async function measureInteractions(browser, url, { first, search }, step = () => {}) {
  step("load");
  const a = await withSite(browser, url, first, async (page) => {
    step("sort");
    const sort = await timed(page, "click", () => page.locator("[data-testid=sort-ox]").click());
    step("search");
    const filterSearch = await timed(page, "input", () => page.locator("[data-testid=filter-search]").fill(search));
    return { sort, filterSearch };
  });
  step("load again");
  const b = await withSite(browser, url, first, async (page) => {
    step("Ressort filter");
    const select = page.locator("[data-testid=filter-ressort]");
    // The first Ressort I … IX offered: the first row has none, so choosing it changes the first row.
    const values = await select.locator("option").evaluateAll((os) => os.map((o) => o.value));
    const ressort = values.find((v) => v !== "" && v !== "ohne");
    return { filterRessort: await timed(page, "change", () => select.selectOption(ressort)) };
  });
  return { ...a, ...b, table: a.table, idle: a.idle, errors: [...a.errors, ...b.errors] };
}
