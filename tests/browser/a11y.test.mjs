// Accessibility (BITV 2.0 / WCAG 2.1 AA) of the built site: an axe-core audit of every page and of
// the states a reader brings them into, the charts' text alternatives, and reflow at 320 px and at
// 200 % zoom. Keyboard paths are in keyboard.test.mjs.
//
// How axe gets into the page: the site's CSP is `script-src 'self'`, so page.addScriptTag({ content })
// (an inline <script>) is blocked and the harness reports the violation. page.evaluate(source) runs
// the same code through the DevTools protocol (Runtime.evaluate), which the page's CSP does not
// govern, and axe itself needs no eval: so the audit runs under the real policy, and `problems`
// stays a check that the page itself never breaks it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, serve, launch, openPage, startApp } from "./harness.mjs";

const AXE = await readFile(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const CHARTS = ["anteil", "konten", "ressorts", "restkonten", "zeitplan"];
const PAGES = ["ueber", "barrierefreiheit", "leichte-sprache", "datenschutz", "impressum"];

let site, browser;
before(async () => {
  site = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Runs axe with the WCAG 2.x A/AA rules and returns its violations, one line per element. */
async function violations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        id: v.id,
        impact: v.impact,
        target: n.target.join(" "),
        summary: (n.failureSummary ?? v.help).replace(/\s+/g, " ").trim(),
      })),
    );
  }, TAGS);
}

/** Asserts that axe finds nothing; the message lists each violation so a failure says what to fix. */
async function assertAccessible(page, state) {
  const found = await violations(page);
  const list = found.map((v) => `  - ${v.id} (${v.impact}) at ${v.target}: ${v.summary}`).join("\n");
  assert.equal(found.length, 0, `${state}: ${found.length} axe violation(s)\n${list}`);
}

/** Waits until every chart on the page has drawn its SVG. */
async function chartsDrawn(page) {
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll("[data-testid^=echart-]")];
      return charts.length > 0 && charts.every((el) => el.querySelector("svg path"));
    },
    null,
    { timeout: 15000 },
  );
}

async function dashboard(query = "", options = {}) {
  const opened = await openPage(browser, site.url + query, options);
  await opened.page.waitForSelector("[data-testid=bodies-table]");
  await chartsDrawn(opened.page);
  return opened;
}

test("axe: the dashboard in German, English, dark and 360 px wide", async () => {
  for (const [state, query, options] of [
    ["dashboard (de, light)", "", {}],
    ["dashboard (en)", "en/", {}],
    ["dashboard (dark)", "", { colorScheme: "dark" }],
    ["dashboard (en, dark)", "en/", { colorScheme: "dark" }],
    ["dashboard (360 px)", "", { viewport: { width: 360, height: 780 } }],
    ["dashboard (360 px, dark)", "", { viewport: { width: 360, height: 780 }, colorScheme: "dark" }],
  ]) {
    const { page, context, problems } = await dashboard(query, options);
    await assertAccessible(page, state);
    assert.deepEqual(problems, [], state);
    await context.close();
  }
});

test("axe: each chart's share dialog open", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context, problems } = await dashboard("", { colorScheme });
    for (const c of CHARTS) {
      await page.getByTestId(`share-${c}`).click();
      const dialog = page.getByTestId(`share-${c}-dialog`);
      await dialog.waitFor();
      await assertAccessible(page, `share dialog of ${c} (${colorScheme})`);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
    }
    // The citation dialog of a table row, too.
    await page.locator("[data-testid=body-row]").first().getByTestId("cite-row").click();
    await page.getByTestId("cite-row-text").first().waitFor();
    await assertAccessible(page, `citation dialog (${colorScheme})`);
    await page.keyboard.press("Escape");
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("axe: the table sorted, filtered by Ressort and search, and with nothing left", async () => {
  const { page, context, problems } = await dashboard();
  await page.getByTestId("sort-ox").click();
  await page.waitForFunction(() => document.querySelector("th[aria-sort=ascending]"));
  await assertAccessible(page, "table sorted by OX");
  await page.getByTestId("sort-ox").click();
  await assertAccessible(page, "table sorted by OX, descending");
  await page.getByTestId("filter-ressort").selectOption("IV");
  await page.getByTestId("filter-search").fill("pol");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 1);
  await chartsDrawn(page);
  await assertAccessible(page, "filtered to Ressort IV and “pol”");
  // A body chosen in the table: the chip to clear it appears.
  await page.getByTestId("filter-reset").click();
  await page.locator("[data-testid=row-body]", { hasText: "Polizei" }).click();
  await page.getByTestId("clear-body").waitFor();
  await assertAccessible(page, "one body selected");
  await page.getByTestId("filter-search").fill("zzz");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 0);
  await assertAccessible(page, "no body matches");
  assert.deepEqual(problems, []);
  await context.close();
});

/** WCAG contrast of two `#rrggbb` colours. */
function contrast(a, b) {
  const lum = (hex) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.trim().slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test("axe: the data notes and the chart data tables; a targeted note keeps its contrast", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context, problems } = await dashboard("", { colorScheme });
    await page.getByTestId("data-notes").scrollIntoViewIfNeeded();
    await assertAccessible(page, `data notes (${colorScheme})`);
    // A note reached from its marker is highlighted (li:target, warning background): its text and
    // links keep 4.5 : 1 (checked on the colours themselves).
    const colours = await page.evaluate(() => {
      const css = getComputedStyle(document.documentElement);
      return Object.fromEntries(["--warn-bg", "--fg", "--link", "--warn-fg"].map((v) => [v, css.getPropertyValue(v).trim()]));
    });
    for (const fg of ["--fg", "--link", "--warn-fg"]) {
      const ratio = contrast(colours[fg], colours["--warn-bg"]);
      assert.ok(ratio >= 4.5, `${colorScheme}: ${fg} ${colours[fg]} on --warn-bg ${colours["--warn-bg"]}: ${ratio.toFixed(2)}`);
    }
    // Every chart's data table open.
    for (const summary of await page.locator(".chart-data summary").all()) await summary.click();
    await assertAccessible(page, `chart data tables open (${colorScheme})`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("axe: a chart with a value highlighted from the keyboard", async () => {
  const { page, context, problems } = await dashboard();
  await page.getByTestId("echart-anteil").focus();
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() => document.querySelector("[data-testid=chart-live-anteil]").textContent.length > 0);
  await assertAccessible(page, "share chart focused, first bar highlighted");
  assert.deepEqual(problems, []);
  await context.close();
});

test("axe: each embed view, light and dark, German and English", async () => {
  for (const c of CHARTS) {
    for (const [lang, query, colorScheme] of [["", "", "light"], ["en/", "?theme=dark", "light"], ["", "", "dark"]]) {
      const state = `${lang}embed ${c}${query} (${colorScheme})`;
      const { page, context, problems } = await openPage(browser, `${site.url}${lang}embed/${c}/${query}`, { colorScheme });
      await page.waitForSelector("[data-testid=embed]");
      await chartsDrawn(page);
      await assertAccessible(page, state);
      assert.deepEqual(problems, [], state);
      await context.close();
    }
  }
});

test("axe: the accessibility statement, the Leichte Sprache page, the privacy notice and the Impressum", async () => {
  for (const slug of PAGES) {
    for (const [lang, colorScheme, viewport] of [
      ["", "light", undefined],
      ["en/", "dark", undefined],
      ["", "light", { width: 360, height: 780 }],
    ]) {
      const state = `${lang}${slug}/ (${colorScheme}${viewport ? ", 360 px" : ""})`;
      const { page, context, problems } = await openPage(browser, `${site.url}${lang}${slug}/`, { colorScheme, viewport });
      await page.getByTestId(`page-${slug}`).waitFor();
      await assertAccessible(page, state);
      assert.deepEqual(problems, [], state);
      await context.close();
    }
  }
});

test("axe: the prerendered page when the WebAssembly cannot start", async () => {
  const { page, context } = await openPage(browser, site.url, {
    waitForApp: false,
    route: (p) => p.route("**/*.wasm", (route) => route.abort()),
  });
  await startApp(page);
  await page.waitForSelector("[data-testid=app-missing]", { timeout: 30000 });
  await assertAccessible(page, "prerendered dashboard without WebAssembly");
  await context.close();
});

test("each chart is one image with a data-driven description in the page's language, and its data as a table", async () => {
  for (const [query, lang] of [["", "de"], ["en/", "en"]]) {
    const { page, context, problems } = await dashboard(query);
    for (const c of CHARTS) {
      const chart = page.getByTestId(`echart-${c}`);
      assert.equal(await chart.getAttribute("role"), "img", c);
      const label = await chart.getAttribute("aria-label");
      // The description comes from the data: it names numbers, and it is in the page's language.
      assert.match(label, /\d/, `${c}: ${label}`);
      if (lang === "de") assert.match(label, /diagramm|Zeitleiste/i, `${c}: ${label}`);
      else assert.match(label, /chart|Timeline/i, `${c}: ${label}`);
      // ECharts' own generated English description ("This is a chart about …") never shows up,
      // and nothing inside the image names itself: the container's label is the only one.
      assert.doesNotMatch(label, /This is a chart|The chart|data is as follows/i, c);
      const inner = await chart.evaluate((el) =>
        [...el.querySelectorAll("[aria-label], [role], [aria-describedby], title, desc")].map((n) => n.outerHTML.slice(0, 80)),
      );
      assert.deepEqual(inner, [], `${c}: elements inside the chart that name themselves`);
      // The data table: caption, column and row headers with scope, one row per category at least.
      const table = page.locator(`[data-testid=chart-${c}] .chart-data table`);
      assert.ok((await table.locator("caption").textContent()).length > 10, c);
      assert.ok((await table.locator("thead th[scope=col]").count()) >= 2, c);
      const rows = await table.locator("tbody tr").count();
      assert.equal(await table.locator("tbody th[scope=row]").count(), rows, c);
      assert.ok(rows > 0, c);
    }
    // The description follows the filter: Ressort IV has 5 bodies.
    await page.getByTestId("filter-ressort").selectOption("IV");
    await page.waitForFunction(
      (de) => document.querySelector("[data-testid=echart-anteil]").getAttribute("aria-label").includes(de ? "5 Behörden" : "5 bodies"),
      lang === "de",
    );
    assert.deepEqual(problems, []);
    await context.close();
  }
});

/** Elements whose content is cut off: wider than their box while their overflow hides it. */
function clippedElements() {
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest("[role=img], .visually-hidden, .chart-keys, .print-only, dialog:not([open])")) continue;
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") continue;
    // Hidden on purpose for screen readers only (a 1 px box, e.g. the table header on phones).
    if (el.getBoundingClientRect().width <= 1) continue;
    const hides = ["hidden", "clip"].includes(style.overflowX);
    if (hides && el.scrollWidth > el.clientWidth + 1) out.push(el.outerHTML.slice(0, 100));
  }
  return out;
}

/** Waits until every chart has followed its container's width (ECharts resizes on a ResizeObserver). */
async function chartsFit(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-testid^=echart-]")].every(
      (el) => Number(el.querySelector("svg")?.getAttribute("width")) <= el.clientWidth,
    ),
  );
}

/** The page does not scroll sideways, nothing is cut off, and the key parts are on screen. */
async function assertReflows(page, state, keySelectors) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${state}: the page scrolls sideways (${scrollWidth} > ${clientWidth} px)`);
  assert.deepEqual(await page.evaluate(clippedElements), [], `${state}: content cut off`);
  for (const selector of keySelectors) {
    const el = page.locator(selector).first();
    assert.ok(await el.isVisible(), `${state}: ${selector} is not visible`);
    // A wide table may scroll inside its own region: then that region has to fit.
    const region = page.locator(".table-scroll", { has: el });
    const box = await ((await region.count()) ? region.first() : el).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= clientWidth + 1, `${state}: ${selector} sticks out (${box.x}, ${box.width})`);
  }
}

const DASHBOARD_KEYS = [
  "h1",
  "[data-testid=filter-ressort]",
  "[data-testid=filter-search]",
  "[data-testid=fig-ox]",
  "[data-testid=echart-anteil] svg",
  "[data-testid=echart-zeitplan] svg",
  "[data-testid=body-row]",
  "[data-testid=totals-row]",
  "[data-testid=data-notes]",
  "[data-testid=download]",
  "[data-testid=footer-barrierefreiheit]",
];

test("reflow: 320 px wide, nothing lost and no sideways scrolling", async () => {
  const viewport = { width: 320, height: 640 };
  const { page, context, problems } = await dashboard("", { viewport });
  await assertReflows(page, "dashboard at 320 px", DASHBOARD_KEYS);
  // The table's caption spans the cards, not a column of single words beside them.
  const [caption, table] = await page.evaluate(() =>
    ["[data-testid=bodies-table] caption", "[data-testid=bodies-table]"].map((s) => document.querySelector(s).getBoundingClientRect().width),
  );
  assert.ok(caption >= table - 1, `caption ${caption} px wide in a table ${table} px wide`);
  // The share dialog fits too.
  await page.getByTestId("share-anteil").click();
  await page.getByTestId("share-anteil-dialog").waitFor();
  await assertReflows(page, "share dialog at 320 px", ["[data-testid=share-anteil-dialog] textarea", "[data-testid=share-anteil-dialog] .close"]);
  await page.keyboard.press("Escape");
  assert.deepEqual(problems, []);
  await context.close();
  for (const path of [...CHARTS.map((c) => `embed/${c}/`), ...PAGES.map((p) => `${p}/`)]) {
    const { page, context } = await openPage(browser, site.url + path, { viewport });
    await page.waitForSelector("h1");
    if (path.startsWith("embed/")) await chartsDrawn(page);
    await assertReflows(page, `${path} at 320 px`, ["h1", "main"]);
    await context.close();
  }
});

test("reflow: 200 % zoom and 200 % text size", async () => {
  // Browser zoom to 200 % on a 1280 × 900 screen lays the page out in 640 × 450 CSS pixels.
  const zoomed = await dashboard("", { viewport: { width: 640, height: 450 } });
  await assertReflows(zoomed.page, "dashboard at 200 % zoom", DASHBOARD_KEYS);
  await zoomed.context.close();
  // Text alone at twice the size (the reader's font setting), at the full width.
  const { page, context, problems } = await dashboard();
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  await chartsFit(page);
  await assertReflows(page, "dashboard with text at 200 %", DASHBOARD_KEYS);
  for (const slug of PAGES) {
    await page.goto(`${site.url}${slug}/`);
    await page.getByTestId(`page-${slug}`).waitFor();
    await page.evaluate(() => {
      document.documentElement.style.fontSize = "200%";
    });
    await assertReflows(page, `${slug} with text at 200 %`, ["h1", "[data-testid=back-to-dashboard]"]);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("each text page keeps a title of its own once the app runs (WCAG 2.4.2)", async () => {
  for (const slug of PAGES) {
    const { page, context } = await openPage(browser, `${site.url}${slug}/`);
    const h1 = await page.getByTestId(`page-${slug}`).innerText();
    // The title names the page first (its short name, which the heading starts with), then the site.
    const title = await page.title();
    const name = title.split(" – ")[0];
    assert.ok(name.length > 3 && h1.startsWith(name), `${slug}: «${title}» does not name «${h1}»`);
    // The administration's name follows where the title stays within 70 characters.
    assert.match(title, / – Umstieg auf Open-Xchange( – |$)/);
    assert.ok(title.length <= 70, title);
    await context.close();
  }
});
