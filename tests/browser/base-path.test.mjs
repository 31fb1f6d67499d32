// The same build served from a folder (`/ox/`, as on a code host's project pages or under a
// newspaper's `/grafik/…`): every page, its styles, the app, ECharts, the data and the chart
// drawings load from there, nothing asks the domain's root, and the app starts, with Save-Data on
// too (where the start script, not boot.js, fetches the WebAssembly).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, serve, launch, openPage, startApp, turnOnSaveData } from "./harness.mjs";

const BASE = "/ox/";
let site, browser, folder;
before(async () => {
  folder = mkdtempSync(join(tmpdir(), "base-path-"));
  symlinkSync(DIST, join(folder, "ox"));
  // Something else lives at the domain's root, as it would on a shared host.
  writeFileSync(join(folder, "index.html"), "<!doctype html><title>another site</title>");
  site = await serve(folder);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Opens `path` below the base, starts the app and checks every request stayed below it. */
async function check(path, options = {}) {
  const url = new URL(BASE + path, site.url).href;
  const { page, context, problems, requests } = await openPage(browser, null, options);
  const failed = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  if (options.saveData) await turnOnSaveData(page);
  try {
    await page.goto(url);
    await startApp(page);
    await page.waitForFunction(() => !document.getElementById("prerendered"), null, { timeout: 30000 });
    assert.deepEqual(problems, [], path);
    assert.deepEqual(failed, [], `${path}: requests that failed`);
    const outside = requests.filter((u) => u.startsWith(site.url) && !u.startsWith(new URL(BASE, site.url).href));
    assert.deepEqual(outside, [], `${path}: requests outside ${BASE}`);
    return { page, requests };
  } finally {
    await context.close();
  }
}

test("under a base path, the dashboard loads every file from there and the app starts", async () => {
  const { requests } = await check("");
  for (const file of [/\.css$/, /_bg\.wasm$/, /\/start-[0-9a-f]{16}\.js$/, /\/vendor\/echarts\.min\.js$/, /\/data\/dataset\.json$/]) {
    assert.ok(requests.some((u) => file.test(u)), `${file} was requested`);
  }
});

test("under a base path, pages below the root and the embeds start the app too", async () => {
  for (const path of ["ueber/", "embed/konten/", "en/", "en/ueber/", "en/embed/konten/"]) {
    const { requests } = await check(path);
    assert.ok(requests.some((u) => /_bg\.wasm$/.test(u)), `${path}: the WebAssembly was requested`);
  }
});

test("under a base path with Save-Data on, the start script finds the WebAssembly itself", async () => {
  const { requests } = await check("ueber/", { saveData: true });
  const wasm = requests.filter((u) => /_bg\.wasm$/.test(u));
  assert.ok(wasm.length > 0 && wasm.every((u) => u.startsWith(new URL(BASE, site.url).href)), wasm.join(" "));
});

test("under a base path, an old ?lang=en link leads to the English page below the same base", async () => {
  const { page, context, problems } = await openPage(browser, null);
  await page.goto(new URL(`${BASE}impressum/?lang=en&ressort=IV`, site.url).href);
  await page.waitForURL(new URL(`${BASE}en/impressum/?ressort=IV`, site.url).href);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.deepEqual(problems, []);
  await context.close();
});
