// The answer first (issue 18): on a phone and on a desktop, the first screen holds the sentence
// that answers the question, the bar of the whole and the key figures, with the source in one line
// and a link to it in full; the filters come with the table; rows are short; and phones, whose
// table is a list of cards without column headers, sort with a control of their own.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage } from "./harness.mjs";

let site, browser;
before(async () => {
  site = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const plain = (t) => t.replace(/\u00a0/g, " ");

/** The bottom of an element, in CSS pixels from the top of the page. */
const bottom = (locator) => locator.evaluate((e) => e.getBoundingClientRect().bottom + scrollY);
const top = (locator) => locator.evaluate((e) => e.getBoundingClientRect().top + scrollY);

for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  for (const waitForApp of [false, true]) {
    test(`on a ${name}, the first screen answers the question (${waitForApp ? "app" : "prerendered page"})`, async () => {
      const { page, context, problems } = await openPage(browser, site.url, { viewport, waitForApp });
      const answer = page.getByTestId("answer");
      assert.equal(
        plain(await answer.innerText()),
        "Die Landesverwaltung hat 97,8 % ihrer Konten auf Open-Xchange umgestellt (43.051 von 44.011). Noch in Exchange sind 960, davon 444 Ressourcenkonten. Stand: 24. März 2026, Drucksache 20/4245.",
      );
      // The sentence, the bar of the whole, the figures and the source line, all on the first screen.
      for (const id of ["answer", "whole-bar", "fig-ox", "fig-share", "fig-exchange", "fig-fully"]) {
        assert.ok((await bottom(page.getByTestId(id))) <= viewport.height, `${id} below the first screen`);
      }
      const source = page.locator("#kennzahlen .figures-source");
      assert.ok((await bottom(source)) <= viewport.height, "source line below the first screen");
      assert.match(plain(await source.innerText()), /^Quelle: Drucksache 20\/4245 vom 24\. März 2026, Antwort auf Frage 2\. vollständige Quellenangabe$/);
      assert.equal(await source.getByRole("link").getAttribute("href"), "#quelle");
      assert.match(await page.locator("#quelle").innerText(), /Kleine Anfrage/);
      // The bar is the whole, in true proportion: the Open-Xchange part is 43,051 / 44,011 of it.
      const [ox, left] = await page.locator("[data-testid=whole-bar] rect").evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().width));
      assert.ok(Math.abs(ox / (ox + left) - 43051 / 44011) < 0.002, `${ox} : ${left}`);
      assert.match(plain(await page.getByTestId("whole-bar").locator("svg").getAttribute("aria-label")), /auf Open-Xchange: 43\.051 \(97,8 %\); noch in Exchange: 960 \(2,2 %\)/);
      // The key figures' values stand on one line.
      const tops = await page.locator(".figures dd").evaluateAll((dds) => dds.map((d) => Math.round(d.getBoundingClientRect().top)));
      const rows = name === "phone" ? [tops.slice(0, 2), tops.slice(2)] : [tops];
      for (const row of rows) assert.equal(new Set(row).size, 1, `values at ${tops}`);
      // The way to the charts is on the first screen; the filters come with the table.
      const charts = page.locator("nav.sections a[href='#diagramme']");
      assert.ok((await bottom(charts)) <= viewport.height, "link to the charts below the first screen");
      assert.ok((await top(page.getByTestId("filters"))) > (await top(page.locator("#tabelle h2"))), "filters before the table's heading");
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test("rows are short: the citation is a small button beside the abbreviation", async () => {
  for (const [viewport, most] of [[DESKTOP, 56], [PHONE, 160]]) {
    const { page, context } = await openPage(browser, site.url, { viewport });
    const heights = await page.locator("#tabelle tbody tr").evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().height));
    const mean = heights.reduce((a, b) => a + b, 0) / heights.length;
    // Before: 88 px on a desktop, 261 px on a phone.
    assert.ok(mean <= most, `rows ${Math.round(mean)} px tall at ${viewport.width} px`);
    const row = page.getByTestId("body-row").first();
    const [abbr, cite] = [row.getByTestId("row-body"), row.getByTestId("cite-row")];
    assert.ok(Math.abs((await top(abbr)) - (await top(cite))) < 8, "the citation beside the abbreviation");
    // No figure of a card spills out of its cell.
    const over = await page.locator("#tabelle tbody td").evaluateAll((tds) => tds.filter((td) => td.scrollWidth > td.clientWidth + 1).length);
    assert.equal(over, 0);
    await context.close();
  }
});

test("on a phone, a visible control sorts by every column, either way, kept in the URL", async () => {
  const { page, context, problems } = await openPage(browser, site.url, { viewport: PHONE });
  const by = page.getByRole("combobox", { name: "Sortieren nach" });
  const direction = page.getByRole("combobox", { name: "Richtung" });
  assert.ok(await by.isVisible());
  assert.match(await page.locator(".hint-narrow").innerText(), /Sortieren nach/);
  assert.equal(await page.locator(".hint-wide").isVisible(), false);
  // Every column, and the printed order.
  assert.equal(await by.locator("option").count(), 8);
  assert.equal(await direction.isDisabled(), true);
  const names = () => page.locator("[data-testid=body-row] [data-testid=row-body]").allInnerTexts();
  // By keyboard: focus, then the arrow keys choose (a native select).
  await by.selectOption("ox");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "ox");
  assert.equal((await names())[0], "BNUR");
  await direction.selectOption("ab");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("richtung") === "ab");
  assert.deepEqual((await names()).slice(0, 2), ["Polizei", "Justiz"]);
  // The headers (hidden here, read by screen readers) say the same.
  assert.equal(await page.locator("th:has([data-testid=sort-ox])").getAttribute("aria-sort"), "descending");
  // A shared link restores the control.
  await page.goto(`${site.url}?sort=anteil&richtung=ab`);
  await page.getByTestId("sort-by").waitFor();
  await page.waitForFunction(() => !document.getElementById("prerendered"), null, { timeout: 30000 }).catch(() => {});
  assert.equal(await page.getByTestId("sort-by").inputValue(), "anteil");
  assert.equal(await page.getByTestId("sort-direction").inputValue(), "ab");
  // On a desktop, the headers sort and the control is not shown.
  await page.setViewportSize(DESKTOP);
  assert.equal(await page.getByTestId("sort-control").isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});
