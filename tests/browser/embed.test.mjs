// Embeds, downloads, citations, image export and print, on the built release site.
// The host page runs on a second server, so the embeds are tested across origins.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, openPage, shippedDataset } from "./harness.mjs";

const CHARTS = ["anteil", "konten", "ressorts", "restkonten", "zeitplan"];
let site, host, browser, hostDir;

before(async () => {
  site = await serve();
  browser = await launch();
  hostDir = await mkdtemp(join(tmpdir(), "ox-host-"));
  // The host page: one iframe per chart with the documented code, on another origin.
  const frames = CHARTS.map(
    (c) => `<h2>${c}</h2><iframe id="f-${c}" src="${site.url}embed/${c}/?stand=2026-03-24" title="${c}" width="100%" height="200" style="border:0;width:100%"></iframe>`,
  ).join("\n");
  await writeFile(
    join(hostDir, "index.html"),
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host</title></head><body style="width:700px">${frames}<script src="${site.url}embed.js" async></script></body></html>`,
  );
  // A press page with headers of its own choosing: none of ours.
  host = await serve(hostDir, () => ({}));
});
after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

test("a page on another origin embeds every chart and sizes each iframe to its content", async () => {
  const { page, context } = await openPage(browser, host.url);
  assert.notEqual(new URL(host.url).origin, new URL(site.url).origin);
  for (const c of CHARTS) {
    // Chromium throttles cross-origin frames out of view, as a reader would scroll to them.
    await page.locator(`#f-${c}`).scrollIntoViewIfNeeded();
    const frame = page.frameLocator(`#f-${c}`);
    await frame.locator("[data-testid=embed] [role=img] svg path").first().waitFor({ state: "attached", timeout: 15000 });
    assert.ok((await frame.locator("h1").innerText()).length > 5, `${c} has a title`);
    assert.match(await frame.getByTestId("chart-source").innerText(), /20\/4245/);
    assert.ok(await frame.locator("[data-testid=embed-full-site]").getAttribute("href"));
    // The host script applies the height the embed reports: it is no longer the 200 px default.
    await page.waitForFunction(
      (id) => parseInt(document.getElementById(id).style.height || "0", 10) > 300,
      `f-${c}`,
      { timeout: 10000 },
    );
    const [frameHeight, contentHeight] = await Promise.all([
      page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, `f-${c}`),
      frame.locator("html").evaluate((el) => el.scrollHeight),
    ]);
    assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `${c}: iframe ${frameHeight} px, content ${contentHeight} px`);
  }
  await context.close();
});

test("a pinned embed keeps its data version when newer data is published", async () => {
  // Publish a newer snapshot in which Polizei has 14.000 accounts on Open-Xchange.
  const data = await shippedDataset();
  const newer = structuredClone(data.snapshots[0]);
  newer.id = "2026-09-01";
  newer.source.date = "2026-09-01";
  newer.bodies.find((b) => b.abbreviation === "Polizei").ox_accounts = 14000;
  data.snapshots.push(newer);
  const route = (p) =>
    p.route("**/data/dataset.json", (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(data) }));
  const polizei = async (page) => {
    await page.waitForSelector("[data-testid=embed] .chart-data table tbody tr", { state: "attached" });
    return page.locator(".chart-data table tbody tr", { hasText: "Polizei" }).first().textContent();
  };
  const latest = await openPage(browser, `${site.url}embed/konten/`, { route });
  assert.match(await polizei(latest.page), /14\.000/);
  await latest.context.close();
  const pinned = await openPage(browser, `${site.url}embed/konten/?stand=2026-03-24`, { route });
  assert.match(await polizei(pinned.page), /13\.750/);
  assert.doesNotMatch(await polizei(pinned.page), /14\.000/);
  await pinned.context.close();
});

test("language, theme and Ressort options apply to an embed", async () => {
  const { page, context, problems } = await openPage(browser, `${site.url}en/embed/anteil/?theme=dark&ressort=IV`, {
    colorScheme: "light",
  });
  await page.waitForSelector("[data-testid=embed] svg path", { state: "attached" });
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(18, 20, 23)");
  assert.match(await page.locator("[data-testid=takeaway]").innerText(), /of 5 bodies/);
  assert.match(await page.getByTestId("chart-source").innerText(), /Source:/);
  assert.equal(await page.locator(".chart-data table tbody tr").count(), 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the share dialog gives iframe, static and citation code for the chart", async () => {
  const { page, context, problems } = await openPage(browser, `${site.url}?ressort=V`);
  await page.waitForSelector("[data-testid=bodies-table]");
  await page.getByTestId("share-restkonten").click();
  const dialog = page.getByTestId("share-restkonten-dialog");
  await dialog.waitFor();
  const iframe = await dialog.getByTestId("iframe-restkonten").inputValue();
  assert.match(iframe, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/restkonten\/\?ressort=V&amp;stand=2026-03-24" title="[^"]+"/);
  assert.match(iframe, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
  await dialog.getByTestId("embed-pin").uncheck();
  assert.doesNotMatch(await dialog.getByTestId("iframe-restkonten").inputValue(), /stand=/);
  const html = await dialog.getByTestId("static-restkonten").inputValue();
  assert.match(html, /^<figure>/);
  assert.match(html, /<th scope="row">BNUR<\/th>/);
  assert.doesNotMatch(html, /<script/);
  assert.match(await dialog.getByTestId("cite-restkonten").inputValue(), /Datenversion 2026-03-24\. Quelle: Schleswig-Holsteinischer Landtag, Drucksache 20\/4245/);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a table row and the key figures can be copied as citations", async () => {
  const { page, context } = await openPage(browser, site.url);
  await page.waitForSelector("[data-testid=bodies-table]");
  const row = page.locator("[data-testid=body-row]", { has: page.getByRole("button", { name: "Polizei", exact: true }) });
  await row.getByTestId("cite-row").click();
  const text = await page.getByTestId("cite-row-text").inputValue();
  assert.match(text, /^Polizei: 13\.750 von 13\.793 Konten auf Open-Xchange \(99,7\s%\)/);
  assert.match(text, /Drucksache 20\/4245 vom 24\.\sMärz 2026, Antwort der Landesregierung auf Frage 2, S\. 3\./);
  assert.match(text, /\?behoerde=Polizei/);
  await page.keyboard.press("Escape");
  await page.getByTestId("cite-figures").click();
  assert.match(await page.getByTestId("cite-figures-text").inputValue(), /Alle 40 Behörden der Tabelle: 43\.051 von 44\.011 Konten auf Open-Xchange \(97,8\s%\)/);
  await context.close();
});

test("every download link works and the versioned dataset parses", async () => {
  const { page, context } = await openPage(browser, site.url);
  await page.waitForSelector("[data-testid=download]");
  const links = await page.getByTestId("download").evaluateAll((as) => as.map((a) => a.href));
  assert.ok(links.length >= 7);
  for (const href of links) {
    const res = await page.request.get(href);
    assert.equal(res.status(), 200, href);
  }
  const versioned = await (await page.request.get(`${site.url}data/versions/2026-03-24/dataset.json`)).json();
  assert.equal(versioned.snapshots[0].bodies.length, 40);
  await context.close();
});

test("each chart exports as PNG and SVG with title, source and data version in the image", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  await page.waitForSelector("[data-testid=echart-anteil] svg path", { state: "attached" });
  for (const c of CHARTS) {
    const svgDownload = page.waitForEvent("download");
    await page.getByTestId(`svg-${c}`).click();
    const svg = await svgDownload;
    assert.equal(svg.suggestedFilename(), `open-xchange-${c}-2026-03-24.svg`);
    const path = await svg.path();
    const content = await readFile(path, "utf8");
    assert.match(content, /^<svg/);
    assert.match(content, /Datenversion 2026-03-24/);
    assert.match(content, /Drucksache 20\/4245/);
    const pngDownload = page.waitForEvent("download");
    await page.getByTestId(`png-${c}`).click();
    const png = await pngDownload;
    const bytes = await readFile(await png.path());
    assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], `${c}.png is a PNG`);
    assert.ok(bytes.length > 10000);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("printing gives the charts and the table once, with the source, without navigation", async () => {
  const { page, context } = await openPage(browser, site.url);
  await page.waitForSelector("[data-testid=echart-anteil] svg path", { state: "attached" });
  await page.emulateMedia({ media: "print" });
  const shown = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).display !== "none");
  assert.equal(await shown("[data-testid=filters]"), false);
  assert.equal(await shown(".chart-tools"), false);
  assert.equal(await shown(".sections"), false);
  assert.equal(await shown(".print-only"), true);
  assert.match(await page.locator(".print-meta").innerText(), /Drucksache 20\/4245 vom 24\.\sMärz 2026 · Datenversion 2026-03-24/);
  // The data once: the table of all bodies, not again under every chart.
  assert.equal(await page.locator("[data-testid=chart-anteil] table.data").first().evaluate((t) => t.getClientRects().length), 0);
  assert.equal(await page.locator("[data-testid=body-row]").count(), 40);
  const pdf = await page.pdf({ format: "A4" });
  assert.equal(pdf.subarray(0, 4).toString(), "%PDF");
  await context.close();
});
