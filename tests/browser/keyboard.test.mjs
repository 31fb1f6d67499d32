// The site by keyboard alone: skip link, tab order and visible focus, the charts' values by arrow
// keys with their spoken announcements, sorting and filtering the table, and dialogs that open,
// close and give focus back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, startApp } from "./harness.mjs";

const NB = "\u00a0";
let site, browser;
before(async () => {
  site = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function dashboard(query = "", options = {}) {
  const opened = await openPage(browser, site.url + query, options);
  await opened.page.waitForSelector("[data-testid=bodies-table]");
  await opened.page.waitForFunction(
    () => [...document.querySelectorAll("[data-testid^=echart-]")].every((el) => el.querySelector("svg path")),
    null,
    { timeout: 15000 },
  );
  return opened;
}

/** What has focus: its test id, id, or tag and text. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.dataset?.testid ?? (el?.id || `${el?.tagName} ${el?.textContent?.trim().slice(0, 30)}`);
  });

/** Presses Tab until `predicate(page)` holds, at most `limit` times; returns how many presses. */
async function tabUntil(page, testid, limit = 400) {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press("Tab");
    if ((await focused(page)) === testid) return i;
  }
  throw new Error(`Tab never reached ${testid}`);
}

const live = (page, slug) => page.getByTestId(`chart-live-${slug}`).textContent();

/** Waits until the chart's live region says `expected` (a string, or a pattern); returns the text. */
async function spoken(page, slug, expected) {
  const pattern = expected instanceof RegExp ? expected : new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  const handle = await page.waitForFunction(
    ([slug, source, flags]) => {
      const text = document.querySelector(`[data-testid=chart-live-${slug}]`)?.textContent ?? "";
      return new RegExp(source, flags).test(text) && text;
    },
    [slug, pattern.source, pattern.flags],
    { timeout: 5000 },
  );
  return handle.jsonValue();
}

/** Presses `key` on the focused chart and waits for the announcement to change. */
async function step(page, slug, key) {
  const before = await live(page, slug);
  await page.keyboard.press(key);
  await page.waitForFunction(
    ([slug, before]) => document.querySelector(`[data-testid=chart-live-${slug}]`).textContent !== before,
    [slug, before],
    { timeout: 5000 },
  );
  return live(page, slug);
}

test("the first Tab shows the skip link, and it leads into the content", async () => {
  for (const path of ["", "barrierefreiheit/"]) {
    const { page, context, problems } = await openPage(browser, site.url + path);
    await page.waitForSelector("main h1");
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true, path);
    const box = await skip.boundingBox();
    assert.ok(box.y >= 0 && box.height > 10, `${path}: the focused skip link is on screen`);
    assert.match(await skip.innerText(), /Zum Inhalt springen/);
    await page.keyboard.press("Enter");
    assert.equal(await focused(page), "main", path);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("Tab reaches every control in document order, each with a visible focus indicator", async () => {
  const { page, context, problems } = await dashboard();
  assert.equal(await page.locator("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").count(), 0, "no positive tabindex");
  // Every visible control that should be reachable.
  const expected = await page.evaluate(() => {
    const selector = "a[href], button:not([disabled]), input, select, textarea, summary, [tabindex='0']";
    return [...document.querySelectorAll(selector)]
      .filter((el) => el.getClientRects().length > 0)
      // Not in a closed dialog, nor in the folded part of a closed <details>.
      .filter((el) => !el.closest("dialog:not([open]), [inert], details:not([open]) > :not(summary)"))
      .length;
  });
  const seen = [];
  await page.locator("body").focus();
  for (let i = 0; i < expected + 20; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const all = [...document.querySelectorAll("*")];
      const style = getComputedStyle(el);
      return {
        index: all.indexOf(el),
        what: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ""} ${el.textContent.trim().slice(0, 30)}`,
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!info || (seen.length && info.index === seen[0].index)) break; // left the page or wrapped
    seen.push(info);
  }
  assert.equal(seen.length, expected, `Tab reached ${seen.length} of ${expected} controls`);
  const outOfOrder = seen.filter((s, i) => i > 0 && s.index < seen[i - 1].index).map((s) => s.what);
  assert.deepEqual(outOfOrder, [], "tab order follows the document");
  const noOutline = seen.filter((s) => !s.outline).map((s) => s.what);
  assert.deepEqual(noOutline, [], "every focused control shows an outline");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a chart's values by arrow keys: highlighted, with tooltip and spoken in the page's language", async () => {
  const { page, context, problems } = await dashboard();
  // Tab to the share chart, as a keyboard user would.
  await page.getByTestId("filter-reset").evaluate((el) => el.scrollIntoView());
  await tabUntil(page, "echart-anteil");
  const chart = page.getByTestId("echart-anteil");
  assert.equal(await chart.getAttribute("tabindex"), "0");
  // The keys are explained while the chart has focus.
  const hint = await chart.getAttribute("aria-describedby");
  assert.ok(await page.locator(`#${hint}`).isVisible(), "the key hint shows on focus");
  assert.match(await page.locator(`#${hint}`).innerText(), /Pfeiltasten/);
  assert.equal(await page.getByTestId("chart-live-anteil").getAttribute("aria-live"), "polite");

  // The first arrow goes to the top bar: the first row of the chart's data table.
  const firstRow = await page.locator("[data-testid=chart-anteil] .chart-data tbody th").first().textContent();
  assert.ok((await step(page, "anteil", "ArrowDown")).startsWith(`${firstRow}: `), await live(page, "anteil"));
  // Highlighted visibly: ECharts' tooltip is shown, and the bar is outlined.
  const tooltip = page.locator("[data-testid=echart-anteil] > div:not(:first-child)");
  await tooltip.waitFor({ state: "visible" });
  assert.match(await tooltip.innerText(), new RegExp(`^${firstRow}: `));
  await page.waitForFunction(
    () => [...document.querySelectorAll("[data-testid=echart-anteil] path")].some((p) => p.getAttribute("stroke-width") === "2"),
    null,
    { timeout: 5000 },
  );
  await page.keyboard.press("End");
  await spoken(page, "anteil", `BNUR: 4 von 32 Konten auf Open-Xchange (12,5${NB}%)`);
  await page.keyboard.press("ArrowDown"); // stays at the last bar
  await spoken(page, "anteil", /^BNUR: /);
  await page.keyboard.press("Home");
  await spoken(page, "anteil", new RegExp(`^${firstRow}: `));
  // Step on to Polizei and select it with Enter: the other views follow, focus stays.
  for (let i = 0; i < 45 && !(await live(page, "anteil")).startsWith("Polizei"); i++) {
    await step(page, "anteil", i % 2 ? "ArrowRight" : "ArrowDown");
  }
  assert.equal(await live(page, "anteil"), `Polizei: 13.750 von 13.793 Konten auf Open-Xchange (99,7${NB}%)`);
  // Up and Left go back; Down and Right forward.
  const polizei = await live(page, "anteil");
  assert.notEqual(await step(page, "anteil", "ArrowUp"), polizei);
  await step(page, "anteil", "ArrowDown");
  assert.notEqual(await step(page, "anteil", "ArrowLeft"), polizei);
  assert.equal(await step(page, "anteil", "ArrowRight"), polizei);
  // Enter chooses the bar; the button below the chart filters, and the focus goes back to it.
  await page.keyboard.press("Enter");
  await page.getByTestId("chart-pick-anteil").waitFor();
  assert.equal(await page.locator("[data-testid=body-row]").count(), 40);
  await page.keyboard.press("Tab");
  assert.equal(await focused(page), "chart-filter-anteil");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 1);
  assert.equal(new URL(page.url()).searchParams.get("behoerde"), "Polizei");
  assert.equal(await focused(page), "echart-anteil");
  // Leaving the chart takes the highlight away.
  await page.keyboard.press("Tab");
  await tooltip.waitFor({ state: "hidden" });
  assert.deepEqual(problems, []);
  await context.close();
});

// The dataset is loaded once: a change of the view state or a link within the page must not
// rebuild the page (that would reset focus, live regions and highlights).

test("after Enter chooses a value, the chart's live region says what was chosen and how to filter", async () => {
  const { page, context, problems } = await dashboard();
  await page.getByTestId("echart-anteil").focus();
  await step(page, "anteil", "End");
  await page.keyboard.press("Enter");
  assert.equal(await spoken(page, "anteil", /ausgewählt/), "BNUR ausgewählt. Die Schaltfläche unter dem Diagramm filtert alle Ansichten darauf.");
  assert.equal(await page.locator("[data-testid=body-row]").count(), 40);
  await page.getByTestId("chart-filter-anteil").click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test("after the skip link, the next Tab goes into the content", async () => {
  const { page, context } = await dashboard();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForLoadState("networkidle");
  assert.equal(await focused(page), "main", "focus stays on the content after the page settles");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.querySelector("main").contains(document.activeElement)), true, await focused(page));
  await context.close();
});

test("links within the page, filters and sorting keep the page in place (the data is loaded once)", async () => {
  const { page, context, requests } = await dashboard();
  const marker = await page.locator("main h1").evaluate((el) => (el.dataset.kept = "yes"));
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // skip link
  await page.locator("nav.sections a").first().click(); // section link
  await page.locator("[data-testid=bodies-table] .note-ref").first().click(); // note marker
  await page.getByTestId("sort-ox").click();
  await page.getByTestId("filter-ressort").selectOption("IV");
  await page.waitForLoadState("networkidle");
  assert.equal(requests.filter((u) => u.includes("/data/dataset.json")).length, 1, "dataset.json fetched again");
  assert.equal(await page.locator("main h1").getAttribute("data-kept"), marker, "the heading was rebuilt");
  // The note reached from its marker stays highlighted (:target). Ressort IV has no note: all rows.
  await page.getByTestId("filter-reset").click();
  await page.locator("[data-testid=bodies-table] .note-ref").first().click();
  assert.equal(await page.locator("[data-testid=data-note]:target").count(), 1);
  await context.close();
});

test("Space selects a Ressort from its chart; the timeline reads its events; English announcements", async () => {
  const { page, context, problems } = await dashboard("en/");
  const ressorts = page.getByTestId("echart-ressorts");
  await ressorts.focus();
  await step(page, "ressorts", "Home");
  for (let i = 0; i < 12 && !(await live(page, "ressorts")).startsWith("IV – "); i++) {
    await step(page, "ressorts", "ArrowDown");
  }
  assert.match(await live(page, "ressorts"), /^IV – Ministerium für Inneres, Kommunales, Wohnen und Sport \(5 bodies\): 15,711 accounts on Open-Xchange \(98\.6%\); still on Exchange: /);
  await page.keyboard.press(" ");
  await page.getByTestId("chart-filter-ressorts").click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 5);
  assert.equal(await page.getByTestId("filter-ressort").inputValue(), "IV");

  const timeline = page.getByTestId("echart-zeitplan");
  await timeline.focus();
  assert.doesNotMatch(await page.locator(`#${await timeline.getAttribute("aria-describedby")}`).innerText(), /Enter/);
  await step(page, "zeitplan", "ArrowDown");
  await step(page, "zeitplan", "ArrowDown");
  assert.match(await live(page, "zeitplan"), /^Migration completed – on 2\sOctober 2025 \(Milestone\)$/);
  await page.keyboard.press("Enter"); // nothing to select on the timeline
  assert.match(await live(page, "zeitplan"), /^Migration completed/);
  assert.equal(await page.locator("[data-testid=body-row]").count(), 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a row's Ressort button pressed from the keyboard keeps the focus when the table is drawn afresh", async () => {
  const { page, context, problems } = await dashboard();
  // The Ressort button of the Justiz row (Ressort II): the table is drawn afresh with the two
  // bodies of Ressort II, Justiz among them.
  const justiz = page.locator("[data-testid=body-row]", { has: page.getByRole("button", { name: "Justiz", exact: true }) });
  await justiz.getByTestId("row-ressort").focus();
  const row = await justiz.getAttribute("data-row");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 2);
  const active = await page.evaluate(() => ({
    act: document.activeElement?.dataset.act,
    row: document.activeElement?.closest("tr")?.dataset.row,
  }));
  assert.deepEqual(active, { act: "ressort", row });
  // Tab goes on from there, to the body's own button in the same row.
  await page.keyboard.press("Tab");
  assert.equal(await focused(page), "row-body");
  assert.equal(await page.evaluate(() => document.activeElement.closest("tr").dataset.row), row);
  assert.deepEqual(problems, []);
  await context.close();
});

test("sort headers, the Ressort filter and the search work from the keyboard", async () => {
  const { page, context, problems } = await dashboard();
  const header = page.locator("th:has([data-testid=sort-ox])");
  await page.getByTestId("sort-ox").focus();
  await page.keyboard.press("Enter");
  assert.equal(await header.getAttribute("aria-sort"), "ascending");
  await page.keyboard.press(" ");
  assert.equal(await header.getAttribute("aria-sort"), "descending");
  assert.equal(await page.locator("[data-testid=body-row] [data-testid=row-body]").first().innerText(), "Polizei");
  assert.equal(await focused(page), "sort-ox", "focus stays on the header after sorting");

  // The Ressort select: arrow keys change it, as a keyboard user picks an option.
  await page.getByTestId("filter-ressort").focus();
  for (let i = 0; i < 12 && (await page.getByTestId("filter-ressort").inputValue()) !== "IV"; i++) {
    await page.keyboard.press("ArrowDown");
  }
  assert.equal(await page.getByTestId("filter-ressort").inputValue(), "IV");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 5);
  // Tab on to the search and type.
  await page.keyboard.press("Tab");
  assert.equal(await focused(page), "filter-search");
  await page.keyboard.type("lfs");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 1);
  assert.match(await page.getByTestId("row-count").innerText(), /1 von 40/);
  // Reset from the keyboard.
  await tabUntil(page, "filter-reset", 5);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length > 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test("dialogs open and close from the keyboard and give focus back", async () => {
  const { page, context, problems } = await dashboard();
  const inDialog = (id) => page.evaluate((id) => document.querySelector(`[data-testid=${id}]`).contains(document.activeElement), id);
  // Enter opens, focus moves into the dialog, Escape closes and focus returns to the button.
  await page.getByTestId("share-konten").focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByTestId("share-konten-dialog");
  await dialog.waitFor();
  assert.equal(await inDialog("share-konten-dialog"), true, "focus moves into the dialog");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await focused(page), "share-konten", "focus returns to the button");
  // Space opens; Tab stays inside the modal dialog (or passes through the browser's own controls);
  // its close button closes it and focus returns.
  await page.keyboard.press(" ");
  await dialog.waitFor();
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    const inside = await inDialog("share-konten-dialog");
    const outside = await page.evaluate(() => document.activeElement === document.body);
    assert.ok(inside || outside, `Tab ${i + 1} left the dialog for ${await focused(page)}`);
  }
  await dialog.locator("button.close").focus();
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await focused(page), "share-konten", "focus returns after the close button");
  // The citation dialog of a row.
  const cite = page.locator("[data-testid=body-row]").first().getByTestId("cite-row");
  await cite.focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("cite-row-text").first().waitFor();
  await page.keyboard.press("Escape");
  assert.equal(await cite.evaluate((el) => el === document.activeElement), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the text pages are reached from the footer and lead back by keyboard", async () => {
  const { page, context, problems } = await dashboard();
  await page.getByTestId("footer-leichte-sprache").focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("page-leichte-sprache").waitFor();
  await startApp(page);
  await page.waitForFunction(() => !document.getElementById("prerendered"));
  await page.getByTestId("back-to-dashboard").focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-testid=bodies-table]");
  assert.equal(new URL(page.url()).pathname, "/");
  // In English, the way back keeps the language: the English overview, `en/` below the root.
  await page.goto(`${site.url}en/datenschutz/`);
  await startApp(page);
  await page.waitForFunction(() => !document.getElementById("prerendered"));
  assert.equal(await page.getByTestId("back-to-dashboard").getAttribute("href"), "../../en/");
  await page.getByTestId("back-to-dashboard").focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-testid=bodies-table]");
  assert.equal(new URL(page.url()).pathname, "/en/");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.deepEqual(problems, []);
  await context.close();
});
