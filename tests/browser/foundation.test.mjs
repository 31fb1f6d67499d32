// The first page on the built release site: every row, the source, totals, the loading state, and a
// clear message for each broken dataset.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, appReady, serve, launch, openPage, shippedDataset, serveDatasetAs, visit, holdDataset } from "./harness.mjs";

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
const NOTICE = "[data-testid=data-unavailable]";

test("shows all 40 bodies as printed, the totals and the source, without console errors", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  await page.waitForSelector(TABLE);
  const data = await shippedDataset();
  const bodies = data.snapshots[0].bodies;
  const rows = page.locator("[data-testid=body-row]");
  assert.equal(await rows.count(), 40);
  for (const [i, b] of bodies.entries()) {
    const cells = await rows.nth(i).locator("th, td").allInnerTexts();
    assert.ok(cells[1].includes(b.abbreviation), `row ${i + 1}: ${cells[1]}`);
    assert.equal(cells[2].trim(), b.exchange_accounts.toLocaleString("de-DE"));
  }
  const police = await rows.nth(17).innerText();
  assert.match(police, /13\.750/);
  const totals = await page.locator("[data-testid=totals-row]").innerText();
  assert.match(totals, /516/);
  assert.match(totals, /444/);
  assert.match(totals, /43\.051/);
  assert.match(totals, /97,8\s%/);
  const source = await page.locator("[data-testid=source]").innerText();
  assert.match(source, /Drucksache 20\/4245 vom 24\.\s?März 2026/);
  assert.match(source, /Frage 2/);
  assert.equal(await page.locator("html").getAttribute("lang"), "de");
  assert.deepEqual(problems, []);
  await context.close();
});

test("shows every data note, with markers in the table that lead to it", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  await page.waitForSelector(TABLE);
  const notes = page.locator("[data-testid=data-note]");
  assert.equal(await notes.count(), 8);
  const texts = (await notes.allInnerTexts()).join("\n");
  assert.match(texts, /MEKUN: Gedruckt sind 97,4\s%, aus der Zeile ergeben sich 97,48\s%/);
  assert.match(texts, /MSJFSIG: Gedruckt sind 94,0\s%/);
  assert.match(texts, /„59\/“/);
  const marker = page.locator("[data-testid=body-row]", { hasText: "Denkmalpflege" }).locator("a.note-ref");
  const href = await marker.getAttribute("href");
  await marker.click();
  assert.equal(new URL(page.url()).hash, href);
  assert.match(await page.locator(href).innerText(), /Schrägstrich/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("says it is loading while the dataset is on its way", async () => {
  const { route, release } = holdDataset();
  const { page, context } = await openPage(browser, null, { route });
  await visit(page, site.url);
  await page.waitForSelector("[data-testid=loading]");
  // The server's HTML already holds the figures and the table (prerendered); a status line says
  // the interactive parts are loading, and the app removes it when it takes over.
  assert.match(await page.locator("[data-testid=loading]").innerText(), /werden geladen/);
  assert.equal(await page.locator("#prerendered [data-testid=body-row]").count(), 40);
  release();
  await page.waitForSelector("#prerendered", { state: "detached" });
  await page.waitForSelector(TABLE);
  assert.equal(await page.locator("[data-testid=loading]").count(), 0);
  await context.close();
});

test("the app takes over from the prerendered page without moving it", async () => {
  const { route, release } = holdDataset();
  const { page, context, problems } = await openPage(browser, null, { route });
  await visit(page, site.url);
  await page.waitForSelector("#prerendered");
  // Wait for fonts and layout of the static page, then note where things are.
  await page.evaluate(() => document.fonts.ready);
  const where = () =>
    page.evaluate(() =>
      ["[data-testid=fig-ox]", "[data-testid=bodies-table]", "#angaben", "#hinweise"].map(
        (sel) => Math.round(document.querySelector(sel).getBoundingClientRect().top + window.scrollY),
      ),
    );
  const before = await where();
  release();
  await page.waitForSelector("#prerendered", { state: "detached" });
  await page.waitForSelector("[data-testid=echart-anteil] svg", { state: "attached" });
  const after = await where();
  for (const [i, top] of before.entries()) {
    assert.ok(Math.abs(after[i] - top) <= 2, `element ${i} moved from ${top} to ${after[i]} px`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("when the WebAssembly cannot load, the prerendered page stays readable and says what is missing", async () => {
  const { page, context } = await openPage(browser, null, {
    route: (p) => p.route("**/*.wasm", (route) => route.abort()),
  });
  await visit(page, site.url);
  await page.waitForSelector("[data-testid=app-missing]", { timeout: 30000 });
  assert.match(await page.getByTestId("app-missing").innerText(), /WebAssembly/);
  assert.equal(await page.locator("[data-testid=body-row]").count(), 40);
  assert.match(await page.getByTestId("fig-ox").innerText(), /43\.051/);
  assert.match(await page.getByTestId("source").innerText(), /Drucksache 20\/4245/);
  await context.close();
});

test("with JavaScript off, the figures, the table and the source are in the page", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await visit(page, site.url);
  assert.equal(await page.locator("[data-testid=body-row]").count(), 40);
  assert.match(await page.getByTestId("fig-ox").innerText(), /43\.051/);
  assert.match(await page.getByTestId("totals-row").innerText(), /43\.051/);
  assert.match(await page.getByTestId("source").innerText(), /Drucksache 20\/4245 vom 24\.\s?März 2026/);
  assert.equal(await page.title(), "Umstieg auf Open-Xchange – Landesverwaltung Schleswig-Holstein");
  for (const path of ["embed/anteil/", "datenschutz/"]) {
    await page.goto(site.url + path);
    assert.ok((await page.locator("h1").innerText()).length > 3, path);
  }
  await context.close();
});

test("a missing dataset gives a message over the prerendered page and a retry that recovers", async () => {
  let fail = true;
  const { page, context } = await openPage(browser, null, {
    route: (p) =>
      p.route("**/data/dataset.json", (route) =>
        fail ? route.fulfill({ status: 404, body: "not found" }) : route.continue(),
      ),
  });
  await visit(page, site.url);
  await page.waitForSelector(NOTICE);
  const text = await page.locator(NOTICE).innerText();
  assert.match(text, /Die Daten konnten nicht geladen werden/);
  assert.match(text, /Status 404/);
  assert.equal(await page.locator("#prerendered [data-testid=body-row]").count(), 40);
  fail = false;
  await page.getByRole("button", { name: "Erneut versuchen" }).click();
  await page.waitForSelector(TABLE);
  await context.close();
});

test("every broken dataset of the corpus shows its message over the page, never a blank page", async () => {
  const dir = join(ROOT, "tests/fixtures/broken");
  const expected = JSON.parse(await readFile(join(dir, "expected.json"), "utf8"));
  for (const [file, want] of Object.entries(expected)) {
    const body = await readFile(join(dir, file), "utf8");
    const { page, context } = await openPage(browser, null, { route: serveDatasetAs(body) });
    await visit(page, site.url);
    await page.waitForSelector(NOTICE);
    const text = await page.locator(NOTICE).innerText();
    for (const part of want.de) assert.ok(text.includes(part), `${file}: «${text}» lacks «${part}»`);
    // The page as published stays, with its table; the app shows no table of its own.
    assert.equal(await page.locator("#prerendered [data-testid=body-row]").count(), 40, file);
    assert.equal(await page.locator(`body > main ${TABLE}`).count(), 0, file);
    // Markup in the file (markup-in-name.json) is part of the message's text, never an element.
    assert.equal(await page.locator(`${NOTICE} *:is(img, script, b)`).count(), 0, file);
    assert.notEqual(await page.title(), "pwned", file);
    await context.close();
  }
});

test("a dataset over the size limit is refused with its message", async () => {
  // Made here, not kept in the corpus: 8 MiB and one byte of valid JSON syntax (spaces, then {}).
  const body = " ".repeat(8 * 1024 * 1024 - 1) + "{}";
  const { page, context, problems } = await openPage(browser, null, { route: serveDatasetAs(body) });
  await visit(page, site.url);
  await page.waitForSelector(NOTICE);
  const text = await page.locator(NOTICE).innerText();
  assert.match(text, /größer als die erlaubten 8\.388\.608 Bytes/);
  assert.match(text, /8\.388\.609 Bytes/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("markup in names and texts is shown as text everywhere and never runs", async () => {
  const data = await shippedDataset();
  const snap = data.snapshots[0];
  const payload = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
  snap.bodies[2].abbreviation = payload;
  snap.bodies[2].name = { de: "<b>fett</b>", editorial: true };
  snap.facts[0].text.de = `<i>kursiv</i> ${payload}`;
  snap.facts[0].quote = "<b>zitiert</b>";
  const cited = snap.references.find((r) => snap.facts.some((f) => f.references?.includes(r.id)));
  cited.label = "<i>Verweis</i>";
  // A note about the row, with a quote in its id (it becomes an id and a link target).
  snap.notes.push({
    id: `x" onfocus="document.title='pwned'`,
    body: payload,
    field: null,
    text: { de: `<i>Hinweis</i> ${payload}`, en: "note" },
  });
  const { page, context, problems } = await openPage(browser, null, {
    route: serveDatasetAs(JSON.stringify(data)),
  });
  await visit(page, site.url);
  await appReady(page);
  await page.waitForSelector(TABLE);
  const row = page.locator("[data-testid=body-row]").nth(2);
  assert.ok((await row.innerText()).includes(payload));
  assert.ok((await row.innerText()).includes("<b>fett</b>"));
  const facts = (await page.locator("[data-testid=fact]").allInnerTexts()).join("\n");
  for (const text of [`<i>kursiv</i> ${payload}`, "<b>zitiert</b>", "<i>Verweis</i>"]) {
    assert.ok(facts.includes(text), `facts lack «${text}»`);
  }
  const notes = (await page.locator("[data-testid=data-note]").allInnerTexts()).join("\n");
  assert.ok(notes.includes(`${payload}: <i>Hinweis</i> ${payload}`), notes);

  // Charts: the axis label is SVG text, the tooltip HTML that ECharts encodes.
  await page.waitForFunction(() => document.querySelector("[data-testid=echart-anteil] svg path"));
  const chart = await page.evaluate((payload) => {
    const el = document.querySelector("[data-testid=echart-anteil]");
    const instance = window.echarts.getInstanceByDom(el);
    const categories = instance.getOption().yAxis[0].data.map((c) => (typeof c === "object" ? c.value : c));
    const index = categories.indexOf(payload);
    instance.dispatchAction({ type: "showTip", seriesIndex: 0, dataIndex: index });
    const labels = [...el.querySelectorAll("svg text")].map((t) => t.textContent).join("");
    return { index, labels, svgElements: el.querySelectorAll("svg :is(img, script, foreignObject)").length };
  }, payload);
  assert.ok(chart.index >= 0, "the name is a category of the share chart");
  const squeeze = (t) => t.replace(/\s/g, "");
  assert.ok(squeeze(chart.labels).includes(squeeze(payload)), "the axis label holds the name as text");
  assert.equal(chart.svgElements, 0);
  const tooltip = page.locator("[data-testid=echart-anteil] > div:last-child");
  await page.waitForFunction(
    (payload) => document.querySelector("[data-testid=echart-anteil] > div:last-child")?.textContent.includes(payload),
    payload,
  );
  assert.equal(await tooltip.locator("img, script, b").count(), 0);

  // Key-figure scope: select the row by its name; the scope and the figures follow it.
  await row.getByTestId("row-body").click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=body-row]").length === 1);
  assert.match(await page.getByTestId("key-figures-scope").innerText(), /1 von 40/);
  assert.equal(await page.getByTestId("key-figures-scope").locator("*").count(), 0);

  // Nothing of the markup became an element or an event handler anywhere on the page.
  const injected = await page.evaluate(
    () => document.querySelectorAll("body img, body script, body b, body i, [onerror], [onfocus]").length,
  );
  assert.equal(injected, 0);
  assert.notEqual(await page.title(), "pwned");
  assert.deepEqual(problems, []);
  await context.close();
});
