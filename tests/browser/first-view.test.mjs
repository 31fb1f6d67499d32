// The first view (issue 6): the page as the server sends it shows figures, table and every chart
// and loads nothing else; the app follows at the reader's first sign of use, takes over what the
// reader already did, and the about page states the weight of both, file by file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { DIST, serve, launch, openPage, appReady, startApp, holdDataset } from "./harness.mjs";

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

const CHARTS = ["anteil", "konten", "ressorts", "restkonten", "zeitplan"];
const path = (url) => new URL(url).pathname.replace(/^\//, "") || "index.html";

// The app's files, fetched once the first view is drawn (tests/browser/ready-ahead.test.mjs).
const APP_FILE = /\.wasm$|^ox-transparenz-[0-9a-f]+\.js$|echarts[^/]*\.js$|^data\/dataset\.json$/;

test("until the reader does something, the page loads only itself, its styles and boot.js (and the app's files to have them ready), and shows every chart", async () => {
  const { page, context, problems, requests } = await openPage(browser, site.url, { waitForApp: false });
  await page.waitForLoadState("load");
  await page.waitForTimeout(1500);
  const loaded = requests.map(path).filter((p) => !APP_FILE.test(p)).sort();
  assert.deepEqual(loaded, ["boot.js", "chart-heights.css", "favicon.svg", "index.html", loaded.find((p) => /^main-.*\.css$/.test(p))].sort());
  assert.equal(await page.locator("#prerendered [data-testid=body-row]").count(), 40);
  // The first chart is drawn into the HTML, hidden from screen readers: its container carries the
  // description.
  const bars = await page.locator("#prerendered [data-testid=echart-anteil] svg path").count();
  assert.ok(bars > 40, `anteil: drawn at build time (${bars} paths)`);
  const svg = page.locator("#prerendered [data-testid=echart-anteil] svg.wide");
  assert.equal(await svg.getAttribute("aria-hidden"), "true");
  // A second drawing made for phones is in the page, shown only on a narrow screen.
  const narrow = page.locator("#prerendered [data-testid=echart-anteil] svg.narrow");
  assert.equal(await narrow.getAttribute("aria-hidden"), "true");
  assert.equal(await narrow.isVisible(), false);
  assert.match(await page.getByTestId("echart-anteil").getAttribute("aria-label"), /BNUR/);
  assert.equal(await page.getByTestId("app-status").innerText(), "", "no loading notice before the app is asked for");
  // The others are SVG files, loaded as they come near the screen (scrolling is not a first use).
  const before = requests.length;
  for (const slug of CHARTS.slice(1)) {
    const img = page.locator(`#prerendered [data-testid=echart-${slug}] > picture > img`);
    assert.match(
      await page.locator(`#prerendered [data-testid=echart-${slug}] > picture > source`).getAttribute("srcset"),
      new RegExp(`^charts/${slug}-schmal-[0-9a-f]{16}\\.svg$`),
    );
    assert.match(await img.getAttribute("src"), new RegExp(`^charts/${slug}-[0-9a-f]{16}\\.svg$`));
    assert.equal(await img.getAttribute("alt"), "");
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  }
  assert.deepEqual(
    requests.slice(before).map(path).filter((p) => !APP_FILE.test(p)).sort(),
    CHARTS.slice(1).map((s) => requests.map(path).find((p) => p.startsWith(`charts/${s}-`))).sort(),
  );
  assert.equal(await page.locator("#prerendered").count(), 1, "the app has not started");
  assert.equal(await page.evaluate(() => typeof window.echarts), "undefined", "ECharts fetched, not run");
  assert.deepEqual(problems, []);

  await startApp(page);
  await appReady(page);
  for (const f of [/\.wasm$/, /^vendor\/echarts\.min\.js$/, /^start-[0-9a-f]{16}\.js$/, /^data\/dataset\.json$/]) {
    assert.ok(requests.map(path).some((p) => f.test(p)), `${f} loaded once the app was asked for`);
  }
  await page.waitForSelector("body > main [data-testid=echart-anteil] svg path", { state: "attached" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a slow phone too, the first frame shows the key figures and the whole table together", async () => {
  const { page, context, problems } = await openPage(browser, null, { waitForApp: false });
  // What the first frame (the first animation frame: the browser draws right after it) holds.
  await page.addInitScript(() =>
    requestAnimationFrame(() => {
      window.firstFrame = {
        figures: document.querySelector("[data-testid=fig-ox] dd")?.textContent.trim() ?? "",
        rows: document.querySelectorAll("#prerendered [data-testid=body-row]").length,
        totals: !!document.querySelector("#prerendered [data-testid=totals-row]"),
      };
    }),
  );
  // At 4× CPU slowdown the parser hands over every 10 KB or so; without the hold in the page's
  // head, Chromium draws the figures and then the table a few rows per frame.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(site.url);
  await page.waitForFunction(() => window.firstFrame);
  assert.deepEqual(await page.evaluate(() => window.firstFrame), { figures: "43.051", rows: 40, totals: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a search typed and a sort pressed before the app is ready are carried over to it", async () => {
  const { route, release } = holdDataset();
  const { page, context, problems } = await openPage(browser, null, { route });
  await page.goto(site.url);
  await page.getByTestId("filter-search").fill("amt");
  await page.getByTestId("sort-ox").click();
  assert.ok(await page.locator("#prerendered").count(), "still the prerendered page");
  release();
  await appReady(page);
  await page.waitForFunction(() => new URL(location.href).searchParams.get("suche") === "amt");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "ox");
  assert.equal(await page.getByTestId("filter-search").inputValue(), "amt");
  const names = await page.locator("[data-testid=body-row] th").allInnerTexts();
  assert.ok(names.length > 0 && names.length < 40, `filtered to ${names.length} rows`);
  // The search ignores accents and case: "Finanzämter" matches too.
  assert.ok(names.every((n) => /[aä]mt/i.test(n)), names.join(", "));
  // The pressed button keeps the keyboard focus in the app's page.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "sort-ox");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an address with a view starts the app at once", async () => {
  const { page, context, problems } = await openPage(browser, `${site.url}?ressort=ohne`, { waitForApp: false });
  await appReady(page); // no mouse, no key
  assert.ok((await page.getByTestId("body-row").count()) < 40);
  assert.deepEqual(problems, []);
  await context.close();
});

test("an embed reports its height before the app runs", async () => {
  // A press page on another origin (another port).
  const host = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><iframe id="e" src="${site.url}embed/anteil/" height="100"></iframe>`);
  });
  await new Promise((ok) => host.listen(0, "127.0.0.1", ok));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  // Asks as embed.js does when it loads after the frame.
  const height = await page.evaluate(
    () =>
      new Promise((ok) => {
        addEventListener("message", (e) => e.data?.type === "ox-transparenz:height" && ok(e.data.height));
        document.getElementById("e").contentWindow.postMessage({ type: "ox-transparenz:request-height" }, "*");
      }),
  );
  assert.ok(height > 400, `reported ${height} px`);
  const frame = page.frame({ url: /embed\/anteil/ });
  assert.ok(await frame.locator("#prerendered").count(), "the app has not started in the frame");
  await context.close();
  await new Promise((ok) => host.close(ok));
});

test("the about page states the weight of exactly the files the overview loads, as the server sends them", async () => {
  const { page, context, problems } = await openPage(browser, `${site.url}ueber/`);
  const rows = await page.locator("[data-testid=page-weight-files] tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent.trim())),
  );
  const kb = (bytes) => `${(Math.round(bytes / 100) / 10).toLocaleString("de-DE", { minimumFractionDigits: 1 })} kB`;
  const listed = { first: [], later: [], app: [] };
  for (const [file, part, sent, stored] of rows) {
    listed[part.startsWith("Erste") ? "first" : part.startsWith("Weiter unten") ? "later" : "app"].push(file);
    assert.equal(stored, kb(statSync(join(DIST, file)).size), `${file} as stored`);
    // The publish step writes the .br beside each file with the same encoder it measures with.
    assert.ok(existsSync(join(DIST, `${file}.br`)), `${file}.br`);
    assert.equal(sent, kb(statSync(join(DIST, `${file}.br`)).size), `${file} as sent`);
  }
  // The lists are what a browser really requests: first view without the app, then with it.
  const first = await openPage(browser, site.url, { waitForApp: false });
  await first.page.waitForLoadState("load");
  await first.page.waitForTimeout(1000);
  const ownFiles = () => first.requests.map(path).filter((p) => !APP_FILE.test(p));
  assert.deepEqual(listed.first.sort(), ownFiles().sort());
  let before = ownFiles().length;
  for (const img of await first.page.locator(".chart > picture > img").all()) {
    await img.scrollIntoViewIfNeeded();
    await first.page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  }
  assert.deepEqual(listed.later.sort(), ownFiles().slice(before).sort());
  assert.equal(listed.later.length, 4);
  before = ownFiles().length;
  await startApp(first.page);
  await appReady(first.page);
  // The app's files (fetched ahead, while the reader reads) and the start script; each once
  // (ECharts may be asked for twice, fetched ahead and then run, and come from the cache).
  const app = new Set([...first.requests.map(path).filter((p) => APP_FILE.test(p)), ...ownFiles().slice(before)]);
  assert.deepEqual(listed.app.sort(), [...app].sort());
  await first.context.close();
  assert.match(await page.getByTestId("weight-all").innerText(), /Zusammen\s+\d+\s+[\d.,]+ kB\s+[\d.,]+ kB/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("when the app takes over, every chart stays drawn: no frame without its drawing", async () => {
  const { route, release } = holdDataset();
  const { page, context, problems } = await openPage(browser, null, { route });
  await page.goto(site.url);
  await startApp(page);
  // Each frame after the takeover: which charts of the app's page have no drawing.
  await page.evaluate(() => {
    window.blank = [];
    window.__frameCount = 0;
    const tick = () => {
      if (!document.getElementById("prerendered")) {
        window.__frameCount++;
        for (const c of document.querySelectorAll("body > main [data-testid^=echart-]")) {
          // ECharts' drawing, or the build's until ECharts has drawn (inline SVG or a picture).
          if (!c.querySelector("svg path, .placeholder img")) window.blank.push(`${window.__frameCount}: ${c.dataset.testid}`);
        }
      }
      if (window.__frameCount < 90) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  release();
  await appReady(page);
  await page.waitForFunction(() => window.__frameCount >= 90, null, { timeout: 30000 });
  assert.deepEqual(await page.evaluate(() => window.blank), []);
  // In the end only ECharts' drawing is left, the one from the build is gone.
  assert.equal(await page.locator("body > main .chart > .placeholder").count(), 0);
  assert.equal(await page.locator("body > main [data-testid=echart-anteil] svg").count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
