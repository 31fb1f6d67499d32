// The first page on the built release site: every row, the source, totals, the loading state, and a
// clear message for each broken dataset.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, serve, launch, openPage, shippedDataset, serveDatasetAs } from "./harness.mjs";

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
const ERROR = "[data-testid=load-error]";

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
  let release;
  const held = new Promise((ok) => (release = ok));
  const { page, context } = await openPage(browser, null, {
    route: (p) =>
      p.route("**/data/dataset.json", async (route) => {
        await held;
        await route.continue();
      }),
  });
  await page.goto(site.url);
  await page.waitForSelector("[data-testid=loading]");
  assert.match(await page.locator("[data-testid=loading]").innerText(), /Daten werden geladen/);
  release();
  await page.waitForSelector(TABLE);
  await context.close();
});

test("a missing dataset gives a message and a retry that recovers", async () => {
  let fail = true;
  const { page, context } = await openPage(browser, null, {
    route: (p) =>
      p.route("**/data/dataset.json", (route) =>
        fail ? route.fulfill({ status: 404, body: "not found" }) : route.continue(),
      ),
  });
  await page.goto(site.url);
  await page.waitForSelector(ERROR);
  const text = await page.locator(ERROR).innerText();
  assert.match(text, /Die Daten konnten nicht geladen werden/);
  assert.match(text, /Status 404/);
  fail = false;
  await page.getByRole("button", { name: "Erneut versuchen" }).click();
  await page.waitForSelector(TABLE);
  await context.close();
});

test("every broken dataset of the corpus shows its message, never a blank page", async () => {
  const dir = join(ROOT, "tests/fixtures/broken");
  const expected = JSON.parse(await readFile(join(dir, "expected.json"), "utf8"));
  for (const [file, want] of Object.entries(expected)) {
    const body = await readFile(join(dir, file), "utf8");
    const { page, context } = await openPage(browser, null, { route: serveDatasetAs(body) });
    await page.goto(site.url);
    await page.waitForSelector(ERROR);
    const text = await page.locator(ERROR).innerText();
    for (const part of want.de) assert.ok(text.includes(part), `${file}: «${text}» lacks «${part}»`);
    assert.equal(await page.locator(TABLE).count(), 0);
    await context.close();
  }
});

test("names containing markup are shown as text and never run", async () => {
  const data = await shippedDataset();
  const payload = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
  data.snapshots[0].bodies[2].abbreviation = payload;
  data.snapshots[0].bodies[2].name = { de: "<b>fett</b>", editorial: true };
  const { page, context, problems } = await openPage(browser, null, {
    route: serveDatasetAs(JSON.stringify(data)),
  });
  await page.goto(site.url);
  await page.waitForSelector(TABLE);
  const row = page.locator("[data-testid=body-row]").nth(2);
  assert.ok((await row.innerText()).includes(payload));
  assert.ok((await row.innerText()).includes("<b>fett</b>"));
  assert.equal(await page.locator("main img, main script, main b").count(), 0);
  assert.notEqual(await page.title(), "pwned");
  assert.deepEqual(problems, []);
  await context.close();
});
