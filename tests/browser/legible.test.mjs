// Charts that cannot mislead, read as a phone shows them: at 320 and 390 px no two texts of a chart
// overlap and the threshold line crosses no number, both in the drawings made at build time and in
// the app's; tap targets in the table are at least 24 × 24 px; an embed's links open outside the
// host page's frame; the printed overview fits on six A4 pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, appReady } from "./harness.mjs";

let site, browser;
before(async () => {
  site = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const CHARTS = ["anteil", "konten", "ressorts", "restkonten", "zeitplan"];

/**
 * The texts of the visible SVG drawing under `selector` that overlap another text (by more than
 * 1 px each way), and the texts a dashed line (the threshold) runs through.
 */
function collisions(selector) {
  const root = document.querySelector(selector);
  const svg = [...root.querySelectorAll("svg")].find((s) => s.getBoundingClientRect().width > 0);
  if (!svg) return ["no visible drawing"];
  const boxes = [...svg.querySelectorAll("text")]
    .filter((t) => t.textContent.trim() !== "")
    .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
    .filter((b) => b.r.width > 0 && b.r.height > 0);
  const hits = [];
  const overlap = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlap(boxes[i].r, boxes[j].r)) hits.push(`"${boxes[i].text}" × "${boxes[j].text}"`);
    }
  }
  for (const line of svg.querySelectorAll("path[stroke-dasharray]")) {
    const l = line.getBoundingClientRect();
    for (const b of boxes) {
      if (overlap(l, b.r)) hits.push(`dashed line × "${b.text}"`);
    }
  }
  return hits;
}

for (const width of [320, 390]) {
  test(`at ${width} px no text of a chart overlaps another, before and after the app takes over`, async () => {
    const { page, context, problems } = await openPage(browser, site.url, {
      viewport: { width, height: 800 },
      waitForApp: false,
    });
    for (const slug of CHARTS) {
      const sel = `#prerendered [data-testid=echart-${slug}]`;
      await page.locator(sel).scrollIntoViewIfNeeded();
      // The images load as they come near the screen.
      await page.waitForFunction(
        (s) => [...document.querySelectorAll(`${s} img`)].every((i) => i.complete),
        sel,
      );
      const drawn = await page.evaluate((s) => {
        const img = document.querySelector(`${s} img`);
        return img ? img.currentSrc : "inline";
      }, sel);
      // On a phone the drawing made for phones is the one shown.
      assert.ok(drawn === "inline" || /-schmal-/.test(drawn), `${slug}: ${drawn}`);
    }
    const inline = await page.evaluate(collisions, "#prerendered [data-testid=echart-anteil]");
    assert.deepEqual(inline, [], "anteil, drawn at build time");

    await page.mouse.move(20, 20);
    // The app's own drawings: ECharts runs after the takeover, and the build's stand in till then.
    await appReady(page);
    for (const slug of CHARTS) {
      const sel = `body > main [data-testid=echart-${slug}]`;
      await page.locator(sel).scrollIntoViewIfNeeded();
      await page.waitForFunction((s) => document.querySelector(`${s} svg path`), sel);
      assert.deepEqual(await page.evaluate(collisions, sel), [], `${slug} at ${width} px`);
      // Legible: no chart text smaller than 11 px.
      const smallest = await page.evaluate(
        (s) => Math.min(...[...document.querySelectorAll(`${s} svg text`)].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)),
        sel,
      );
      assert.ok(smallest >= 11, `${slug}: a text ${smallest} px high`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("every button and link in a table card is at least 24 × 24 px (WCAG 2.2 target size)", async () => {
  const { page, context } = await openPage(browser, site.url, { viewport: { width: 390, height: 800 } });
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("[data-testid=body-row] button, [data-testid=body-row] a")]
      .map((el) => ({ text: el.textContent.trim(), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ text, r }) => `${text}: ${Math.round(r.width)} × ${Math.round(r.height)}`),
  );
  assert.deepEqual(small, []);
  // The Ressort is named by its lead ministry, not by a numeral alone.
  assert.equal(await page.locator("[data-testid=row-ressort]").first().innerText(), "ohne Ressort");
  assert.equal(await page.locator("[data-testid=row-ressort]").nth(2).innerText(), "I – StK");
  await context.close();
});

test("an embed's links open outside the host page's frame", async () => {
  const { page, context, problems } = await openPage(browser, `${site.url}embed/konten/`);
  const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.target, a.rel]));
  assert.ok(links.length >= 5, JSON.stringify(links));
  for (const [text, target, rel] of links) {
    assert.equal(target, "_blank", text);
    assert.match(rel, /noopener/, text);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the overview prints on at most six A4 pages, each chart once, the totals once", async () => {
  const { page, context } = await openPage(browser, site.url);
  await page.waitForSelector("body > main [data-testid=echart-zeitplan] svg path", { state: "attached" });
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => ({
    dataTables: [...document.querySelectorAll("table.data")].filter((t) => t.getClientRects().length > 0).length,
    charts: [...document.querySelectorAll("[data-testid^=echart-]")].filter((c) => c.getClientRects().length > 0).length,
    hints: [...document.querySelectorAll(".chart-keys, .arrow, .hint:not(.editorial-note)")].filter((h) => h.getClientRects().length > 0).length,
  }));
  assert.deepEqual(printed, { dataTables: 0, charts: 5, hints: 0 });
  const pdf = await page.pdf({ format: "A4", printBackground: false, preferCSSPageSize: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 2 && pages <= 6, `${pages} pages`);
  await context.close();
});
