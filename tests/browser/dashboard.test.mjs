// The dashboard on the built release site: key figures, sorting, search, Ressort filter, cross-filter
// between table and charts, every chart drawn, language switch, shared URLs, back and forward.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, startApp } from "./harness.mjs";

let site, browser;
before(async () => {
  site = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const TABLE = "[data-testid=bodies-table]";
// After a change the table draws the rows that reach the bottom of the window at once and the
// rest after the paint; the names are read once every row it shows (up to a step of 50) is there.
const rowNames = async (page) => {
  await page.waitForFunction(() => {
    const count = document.querySelector("[data-testid=row-count]")?.textContent.match(/\d[\d.,]*/)?.[0];
    const shown = Math.min(Number(count?.replace(/[.,]/g, "")), 50);
    return document.querySelectorAll("[data-testid=body-row]").length === shown;
  });
  return page.locator("[data-testid=body-row] [data-testid=row-body]").allInnerTexts();
};
const query = (page) => new URL(page.url()).searchParams;

async function open(path = "", options = {}) {
  const opened = await openPage(browser, site.url + path, options);
  await opened.page.waitForSelector(TABLE);
  return opened;
}

/** Waits until every chart has drawn its SVG. */
async function chartsDrawn(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("[data-testid^=echart-]")].every((el) =>
        el.querySelector("svg path"),
      ),
    null,
    { timeout: 15000 },
  );
}

test("key figures state the totals with their source", async () => {
  const { page, context, problems } = await open();
  const fig = (id) => page.locator(`[data-testid=${id}] dd`).innerText();
  assert.equal(await fig("fig-ox"), "43.051");
  assert.equal(await fig("fig-share"), "97,8\u00a0%");
  assert.equal(await fig("fig-exchange"), "516");
  assert.match(await page.locator("[data-testid=fig-exchange] dt").innerText(), /444 Ressourcenkonten/);
  assert.equal(await fig("fig-fully"), "6 von 40");
  assert.match(await page.locator("#kennzahlen").innerText(), /Drucksache 20\/4245 vom 24\.\s?März 2026, Antwort auf Frage 2/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("every chart draws, with title, computed takeaway, source and data table", async () => {
  const { page, context, problems } = await open();
  await chartsDrawn(page);
  for (const slug of ["anteil", "konten", "ressorts", "restkonten", "zeitplan"]) {
    const card = page.locator(`[data-testid=chart-${slug}]`);
    assert.ok((await card.locator("h3").innerText()).length > 5, slug);
    assert.ok((await card.locator("[data-testid=takeaway]").innerText()).length > 20, slug);
    assert.match(await card.getByTestId("chart-source").innerText(), /20\/4245/, slug);
    const label = await card.locator("[role=img]").getAttribute("aria-label");
    assert.ok(label && label.length > 20, `${slug} has a description`);
    assert.ok((await card.locator(".chart-data table.data tbody tr").count()) > 0, `${slug} has a data table`);
  }
  // The share chart has one bar per body.
  const bars = await page.locator("[data-testid=chart-anteil] .chart-data table.data tbody tr").count();
  assert.equal(bars, 40);
  assert.deepEqual(problems, []);
  await context.close();
});

test("sorting by a column header orders the rows and goes into the URL", async () => {
  const { page, context, problems } = await open();
  await page.getByTestId("sort-ox").click();
  assert.equal((await rowNames(page))[0], "BNUR");
  assert.equal(await page.locator("th:has([data-testid=sort-ox])").getAttribute("aria-sort"), "ascending");
  await page.getByTestId("sort-ox").click();
  assert.deepEqual((await rowNames(page)).slice(0, 2), ["Polizei", "Justiz"]);
  assert.equal(query(page).get("sort"), "ox");
  assert.equal(query(page).get("richtung"), "ab");
  await page.getByTestId("sort-anteil").click();
  assert.deepEqual((await rowNames(page)).slice(0, 2), ["BNUR", "LaZuF"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("search narrows the rows, the totals row and the key figures", async () => {
  const { page, context, problems } = await open();
  await page.getByTestId("filter-search").fill("finanzamter");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 1);
  assert.deepEqual(await rowNames(page), ["Finanzämter"]);
  assert.match(await page.getByTestId("totals-row").innerText(), /5\.225/);
  assert.match(await page.getByTestId("row-count").innerText(), /1 von 40/);
  assert.match(await page.getByTestId("key-figures-scope").innerText(), /1 von 40/);
  assert.equal(query(page).get("suche"), "finanzamter");
  await page.getByTestId("filter-search").fill("zzz");
  assert.match(await page.locator(TABLE).innerText(), /Keine Behörde passt/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a Ressort chosen in the filter or the table filters the charts too", async () => {
  const { page, context, problems } = await open();
  await chartsDrawn(page);
  const takeawayBefore = await page.locator("[data-testid=chart-anteil] [data-testid=takeaway]").innerText();
  await page.getByTestId("filter-ressort").selectOption("IV");
  assert.deepEqual(await rowNames(page), ["MIKWS", "LFS.SH", "LVermGeo", "Polizei", "Kampfmittelräumdienst"]);
  assert.equal(await page.locator("[data-testid=chart-anteil] .chart-data table.data tbody tr").count(), 5);
  assert.notEqual(await page.locator("[data-testid=chart-anteil] [data-testid=takeaway]").innerText(), takeawayBefore);
  assert.equal(await page.getByTestId("fig-ox").locator("dd").innerText(), "15.711");
  assert.equal(query(page).get("ressort"), "IV");
  await page.getByTestId("filter-reset").click();
  assert.equal((await rowNames(page)).length, 40);
  // From the table: the Ressort cell of the Justiz row.
  const justiz = page.getByRole("button", { name: "Justiz", exact: true });
  await page.locator("[data-testid=body-row]", { has: justiz }).getByTestId("row-ressort").click();
  assert.deepEqual(await rowNames(page), ["MJG", "Justiz"]);
  assert.equal(await page.locator("[data-testid=chart-konten] .chart-data table.data tbody tr").count(), 2);
  assert.equal(await page.getByTestId("filter-ressort").inputValue(), "II");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a click on a bar shows its values; filtering from the chart is an explicit button; the filter is named by the chart", async () => {
  const { page, context, problems } = await open();
  await chartsDrawn(page);
  // Click the centre of the bar of Ressort V in the per-Ressort chart, found through ECharts itself
  // (the chart is drawn in two panels; Ressort V is in one of them).
  const point = await page.evaluate(() => {
    const el = document.querySelector("[data-testid=echart-ressorts]");
    el.scrollIntoView({ block: "center" });
    const chart = window.echarts.getInstanceByDom(el);
    const axes = chart.getOption().yAxis;
    for (let panel = 0; panel < axes.length; panel++) {
      const categories = axes[panel].data.map((c) => (typeof c === "object" ? c.value : c));
      const index = categories.findIndex((c) => /^V – /.test(c));
      if (index < 0) continue;
      const [x, y] = chart.convertToPixel({ xAxisIndex: 2 * panel, yAxisIndex: panel }, [10, index]);
      const box = el.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y, index };
    }
    return { index: -1 };
  });
  assert.ok(point.index >= 0, "Ressort V is a category of the chart");
  await page.mouse.click(point.x, point.y);
  const pick = page.getByTestId("chart-pick-ressorts");
  await pick.waitFor();
  assert.match(await pick.innerText(), /^V – Ministerium für Energiewende, Klimaschutz, Umwelt und Natur \(4 Behörden\): /);
  // A click alone filters nothing.
  assert.equal(await page.locator("[data-testid=body-row]").count(), 40);
  await page.getByTestId("chart-filter-ressorts").click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 4);
  assert.deepEqual(await rowNames(page), ["MEKUN", "LfU", "LKN-SH", "BNUR"]);
  assert.equal(query(page).get("ressort"), "V");
  // Every chart says what it is filtered to, and clears it.
  const filtered = page.getByTestId("chart-filtered-konten");
  assert.match(await filtered.innerText(), /^Gefiltert: Ressort V – Ministerium für Energiewende/);
  await filtered.getByRole("button", { name: "Filter aufheben" }).click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 40);
  assert.equal(await page.getByTestId("chart-filtered-konten").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the language switch leads to the English page, with the reader's view, and back", async () => {
  const { page, context, problems } = await open();
  // A link, so it works before the app runs and without JavaScript.
  assert.equal(await page.getByTestId("lang-switch").getAttribute("href"), "en/");
  await page.getByTestId("lang-switch").click();
  await page.waitForURL(`${site.url}en/`);
  assert.equal(await page.locator("h1").innerText(), "Moving to Open-Xchange");
  assert.equal(await page.getByTestId("fig-ox").locator("dd").innerText(), "43,051");
  assert.equal(await page.getByTestId("fig-share").locator("dd").innerText(), "97.8%");
  assert.match(await page.getByTestId("totals-row").innerText(), /43,051/);
  assert.match(await page.getByTestId("source").innerText(), /24\s?March 2026/);
  assert.equal(await page.title(), "Moving to Open-Xchange – Schleswig-Holstein state administration");
  // The view goes along: filter and sort, in the query of the other language's page.
  await startApp(page);
  await page.waitForSelector(TABLE);
  await page.getByTestId("filter-ressort").selectOption("IV");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 5);
  assert.equal(await page.getByTestId("lang-switch").getAttribute("href"), "../?ressort=IV");
  await page.getByTestId("lang-switch").click();
  await page.waitForURL(`${site.url}?ressort=IV`);
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 5);
  assert.equal(await page.locator("html").getAttribute("lang"), "de");
  assert.match(await page.getByTestId("row-count").innerText(), /5 von 40/);
  assert.equal(await page.getByTestId("filter-ressort").inputValue(), "IV");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an old link with ?lang=en leads to the same view on the English page", async () => {
  const { page, context, problems } = await openPage(browser, `${site.url}embed/anteil/?lang=en&ressort=IV#x`, { waitForApp: false });
  await page.waitForURL(`${site.url}en/embed/anteil/?ressort=IV#x`);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.goto(`${site.url}en/ueber/?lang=de`);
  await page.waitForURL(`${site.url}ueber/`);
  assert.equal(await page.locator("html").getAttribute("lang"), "de");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a shared URL restores the view, and back and forward work", async () => {
  const { page, context, problems } = await open("en/?ressort=IV&sort=ox&richtung=ab");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.deepEqual((await rowNames(page)).slice(0, 2), ["Polizei", "MIKWS"]);
  assert.equal((await rowNames(page)).length, 5);
  assert.equal(await page.getByTestId("filter-ressort").inputValue(), "IV");
  assert.match(await page.getByTestId("row-count").innerText(), /Showing 5 of 40/);
  await page.getByTestId("filter-ressort").selectOption("");
  assert.equal((await rowNames(page)).length, 40);
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 5);
  assert.equal(await page.getByTestId("filter-ressort").inputValue(), "IV");
  await page.goForward();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 40);
  assert.deepEqual(problems, []);
  await context.close();
});
