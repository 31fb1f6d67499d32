// The app ready before it is needed (issue 14): its files are fetched once the first view is
// drawn, not with it, and not at all for a reader who asked to save data; the first tap is
// answered without waiting for ECharts; and data that cannot be had once the page is on screen
// leaves the prerendered page where it is, with a notice and a retry.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, serve, launch, openPage, startApp, chartsDrawn, shippedDataset, turnOnSaveData } from "./harness.mjs";

let site;
let browser;
before(async () => {
  site = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const APP_FILE = /\.wasm$|\/ox-transparenz-[0-9a-f]+\.js$|echarts[^/]*\.js$|\/data\/dataset\.json$/;
const NOTICE = "[data-testid=data-unavailable]";

/** Start times of the app's files and of the first view (first contentful paint, load event). */
function timings(page) {
  return page.evaluate((appFile) => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    load: performance.getEntriesByType("navigation")[0]?.loadEventEnd,
    app: performance
      .getEntriesByType("resource")
      .filter((r) => new RegExp(appFile).test(r.name))
      .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
  }), APP_FILE.source);
}

test("the app's files are fetched after the first view is drawn, while the reader reads, and ECharts is not run", async () => {
  const { page, context, problems } = await openPage(browser, site.url, { waitForApp: false });
  await page.waitForFunction(
    () => performance.getEntriesByType("resource").some((r) => /\.wasm$/.test(r.name) && r.responseEnd > 0),
    null,
    { timeout: 15000 },
  );
  // Each of them, in whatever order the browser starts them (the dataset sometimes comes last).
  await page.waitForFunction(
    () => ["echarts[^/]*\\.js$", "/data/dataset\\.json$"].every((f) => performance.getEntriesByType("resource").some((r) => new RegExp(f).test(r.name))),
    null,
    { timeout: 15000 },
  );
  const t = await timings(page);
  assert.ok(t.paint > 0 && t.load > 0, JSON.stringify(t));
  for (const f of [/\.wasm$/, /\/ox-transparenz-[0-9a-f]+\.js$/, /echarts/, /\/data\/dataset\.json$/]) {
    assert.ok(t.app.some((a) => f.test(a.name)), `${f} fetched ahead: ${JSON.stringify(t.app)}`);
  }
  for (const a of t.app) {
    assert.ok(a.start > t.paint && a.start >= t.load, `${a.name} requested at ${a.start} ms, first view ${t.paint} / load ${t.load} ms`);
  }
  // Fetched, not run: the page is still the prerendered one, and ECharts is not loaded.
  assert.equal(await page.locator("#prerendered").count(), 1);
  assert.equal(await page.evaluate(() => typeof window.echarts), "undefined");
  assert.equal(await page.evaluate(() => window.oxApp.wasm instanceof Promise), true);
  assert.ok(await page.evaluate(async () => (await window.oxApp.wasm) instanceof WebAssembly.Module), "compiled ahead");
  assert.deepEqual(problems, []);
  await context.close();
});

test("with Save-Data on, nothing of the app is fetched until the first use", async () => {
  const { page, context, problems, requests } = await openPage(browser, null);
  await turnOnSaveData(page);
  await page.goto(site.url);
  await page.waitForLoadState("load");
  await page.waitForTimeout(3000);
  assert.deepEqual(requests.filter((u) => APP_FILE.test(u)), []);
  await startApp(page);
  await page.waitForSelector("#prerendered", { state: "detached", timeout: 30000 });
  assert.ok(requests.some((u) => /\.wasm$/.test(u)), "the app loads at the first use");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a tap once the app's files are there is answered without waiting for ECharts", async () => {
  let releaseECharts;
  const held = new Promise((ok) => (releaseECharts = ok));
  const { page, context, problems } = await openPage(browser, null, {
    route: (p) =>
      p.route(/echarts[^/]*\.js$/, async (r) => {
        await held;
        await r.continue();
      }),
  });
  await page.goto(site.url);
  await page.waitForFunction(async () => window.oxApp?.wasm && (await window.oxApp.wasm) instanceof WebAssembly.Module, null, { timeout: 15000 });
  await page.getByTestId("sort-ox").click();
  // The table is sorted by the app while ECharts is still on its way.
  await page.waitForFunction(() => !document.getElementById("prerendered") && new URL(location.href).searchParams.get("sort") === "ox");
  await page.waitForFunction(() => document.querySelector("th:has([data-testid=sort-ox])")?.getAttribute("aria-sort") === "ascending");
  await page.waitForFunction(() => document.querySelector("[data-testid=body-row] [data-testid=row-body]")?.textContent === "BNUR");
  assert.equal(await page.evaluate(() => typeof window.echarts), "undefined", "ECharts still held back");
  // Meanwhile every chart shows the build's drawing.
  for (const slug of ["anteil", "konten", "ressorts", "restkonten", "zeitplan"]) {
    assert.equal(await page.locator(`[data-testid=echart-${slug}] > .placeholder`).count(), 1, slug);
  }
  releaseECharts();
  await chartsDrawn(page);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The page with the dataset answered by `answer(route)` while `bad()` holds, else as it is. */
async function openWithDataset(bad, answer) {
  return openPage(browser, null, {
    route: (p) => p.route("**/data/dataset.json", (r) => (bad() ? answer(r) : r.continue())),
  });
}

test("data that is broken, cut off or missing after the first view leaves the prerendered page, with a notice and a retry", async () => {
  const text = await readFile(join(ROOT, "public/data/dataset.json"), "utf8");
  const cases = {
    broken: (r) => r.fulfill({ status: 200, contentType: "application/json", body: '{"schema_version": 1, "snapshots": "x"}' }),
    "cut off": (r) => r.fulfill({ status: 200, contentType: "application/json", body: text.slice(0, text.length / 2) }),
    missing: (r) => r.fulfill({ status: 404, body: "not found" }),
  };
  const detail = { broken: /fehlerhaft/, "cut off": /fehlerhaft/, missing: /Status 404/ };
  for (const [name, answer] of Object.entries(cases)) {
    let bad = true;
    const { page, context, problems } = await openWithDataset(() => bad, answer);
    await page.goto(site.url);
    await startApp(page);
    await page.waitForSelector(NOTICE, { timeout: 30000 });
    const notice = page.locator(NOTICE);
    assert.equal(await notice.getAttribute("role"), "status", name);
    assert.match(await notice.innerText(), /Filtern, Sortieren und Suchen sind gerade nicht möglich\. Alle Zahlen auf dieser Seite gelten/, name);
    assert.match(await notice.innerText(), detail[name], name);
    // The page the reader was reading is all there.
    assert.equal(await page.locator("#prerendered [data-testid=body-row]").count(), 40, name);
    assert.match(await page.getByTestId("fig-ox").innerText(), /43\.051/, name);
    assert.ok((await page.locator("#prerendered [data-testid=echart-anteil] svg path").count()) > 40, name);
    assert.equal(await page.locator("[data-testid=load-error]").count(), 0, name);
    assert.equal(await page.locator("#app-status").innerText(), "", `${name}: no 'loading' left`);
    bad = false;
    await notice.getByRole("button", { name: "Erneut versuchen" }).click();
    await page.waitForSelector("#prerendered", { state: "detached" });
    await page.waitForSelector("[data-testid=bodies-table]");
    assert.equal(await page.locator(NOTICE).count(), 0, name);
    assert.equal(await page.locator("[data-testid=body-row]").count(), 40, name);
    // The 404 is the browser's own console error for the failed request; nothing else.
    assert.deepEqual(problems.filter((p) => !/404/.test(p)), [], name);
    await context.close();
  }
});

test("the notice speaks the reader's language", async () => {
  const { page, context } = await openWithDataset(() => true, (r) => r.fulfill({ status: 503, body: "" }));
  await page.goto(`${site.url}en/`);
  await startApp(page);
  await page.waitForSelector(NOTICE, { timeout: 30000 });
  assert.match(await page.locator(NOTICE).innerText(), /Filtering, sorting and searching are not available right now\. Every figure on this page stands/);
  assert.match(await page.locator(NOTICE).innerText(), /status 503/);
  assert.equal(await page.locator("#prerendered [data-testid=body-row]").count(), 40);
  // It lies over the page, so the reader can put it away.
  await page.locator(NOTICE).getByRole("button", { name: "Hide" }).click();
  assert.equal(await page.locator(NOTICE).isVisible(), false);
  assert.equal(await page.locator("#prerendered [data-testid=body-row]").count(), 40);
  await context.close();
});

test("a pinned data version that cannot be loaded shows the full message: the copy shows another version", async () => {
  const data = await shippedDataset();
  const id = data.snapshots.at(-1).id;
  const { page, context } = await openPage(browser, null, {
    route: (p) => p.route(`**/data/versions/${id}/dataset.json`, (r) => r.fulfill({ status: 404, body: "" })),
  });
  await page.goto(`${site.url}?stand=${id}`);
  await page.waitForSelector("[data-testid=load-error]", { timeout: 30000 });
  assert.equal(await page.locator("#prerendered").count(), 0);
  assert.match(await page.locator("[data-testid=load-error]").innerText(), /Status 404/);
  await context.close();
});
