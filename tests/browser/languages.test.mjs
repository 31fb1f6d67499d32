// Each language has its own pages: German at the root, English below `en/`. Without JavaScript
// (as a search engine or a reader with scripts off sees them) each page is in its language,
// names its other-language version (`hreflang`) and links to it; the operator from the build's
// settings is on the pages the law asks for, before and after the app takes over.
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

const PAGES = ["", "ueber/", "barrierefreiheit/", "leichte-sprache/", "datenschutz/", "impressum/", "embed/anteil/", "embed/zeitplan/"];

/** A page without JavaScript. */
async function withoutScripts(path) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(site.url + path);
  assert.equal(response.status(), 200, path);
  return { page, context };
}

test("without JavaScript every page exists in both languages, each naming and linking the other", async () => {
  for (const path of PAGES) {
    for (const [lang, own, other] of [["de", path, `en/${path}`], ["en", `en/${path}`, path]]) {
      const { page, context } = await withoutScripts(own);
      assert.equal(await page.locator("html").getAttribute("lang"), lang, own);
      // Both versions, and German as the default, as absolute addresses once resolved.
      const alternates = await page.$$eval("link[rel=alternate][hreflang]", (links) =>
        Object.fromEntries(links.map((l) => [l.hreflang, l.href])),
      );
      assert.deepEqual(alternates, { de: site.url + path, en: `${site.url}en/${path}`, "x-default": site.url + path }, own);
      const description = await page.locator("meta[name=description]").getAttribute("content");
      assert.ok(description.length > 50, `${own}: ${description}`);
      if (!path.startsWith("embed/")) {
        const link = page.getByTestId("lang-switch");
        assert.equal(await link.getAttribute("hreflang"), lang === "de" ? "en" : "de", own);
        await link.click();
        await page.waitForURL(site.url + other);
        assert.notEqual(await page.locator("html").getAttribute("lang"), lang, own);
      }
      await context.close();
    }
  }
});

test("the English pages are English throughout: title, headings, figures, table, drawings", async () => {
  const { page, context } = await withoutScripts("en/");
  assert.equal(await page.title(), "Moving to Open-Xchange – Schleswig-Holstein state administration");
  assert.equal(await page.locator("h1").innerText(), "Moving to Open-Xchange");
  assert.equal(await page.getByTestId("fig-share").locator("dd").innerText(), "97.8%");
  assert.equal(await page.locator("[data-testid=body-row]").count(), 40);
  // The chart drawn into the page is the English one.
  assert.match(await page.locator("[data-testid=echart-anteil] svg").first().innerHTML(), /accounts|Share/i);
  assert.doesNotMatch(await page.locator("[data-testid=echart-anteil] svg").first().innerHTML(), /Konten/);
  // The other drawings are English files.
  const images = await page.$$eval("picture.drawing img", (imgs) => imgs.map((i) => i.getAttribute("src")));
  assert.ok(images.length > 0 && images.every((src) => /charts\/en-/.test(src)), images.join(" "));
  const noscript = await page.locator("noscript").innerHTML();
  assert.match(noscript, /Without JavaScript/);
  await context.close();
  const about = await withoutScripts("en/ueber/");
  assert.match(await about.page.title(), /^About this website – /);
  await about.context.close();
});

test("the operator from the settings is named on the Impressum and in the footer, also once the app runs", async () => {
  for (const [path, heading] of [["impressum/", "Impressum"], ["en/impressum/", "Legal notice (Impressum)"]]) {
    const { page, context, problems } = await openPage(browser, null);
    await page.goto(site.url + path);
    const shown = async () => ({
      h1: await page.locator("h1").innerText(),
      contact: await page.getByTestId("operator-contact").innerText(),
      example: await page.getByTestId("contact-example").count(),
      footer: await page.getByTestId("footer-operator").innerText(),
    });
    const before = await shown();
    assert.equal(before.h1, heading);
    // The tests' build has no operator: the example, said to be one.
    assert.match(before.contact, /Beispiel-Betreiber/);
    assert.match(before.contact, /betreiber@example\.org/);
    assert.equal(before.example, 1);
    assert.match(before.footer, /Beispiel-Betreiber/);
    await startApp(page);
    await page.waitForFunction(() => !document.getElementById("prerendered"), null, { timeout: 30000 });
    assert.deepEqual(await shown(), before, `${path}: the app shows what the build showed`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("the dataset's and a chart's citation name the operator as the publisher", async () => {
  const { page, context, problems } = await openPage(browser, `${site.url}en/`);
  const citation = await page.getByTestId("cite-dataset").inputValue();
  assert.match(citation, /^Beispiel-Betreiber[^:]*: Moving to Open-Xchange/);
  assert.match(citation, new RegExp(`${site.url}en/$`));
  assert.deepEqual(problems, []);
  await context.close();
});
