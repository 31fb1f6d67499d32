// Two answers: what changed, the corrections log, the picker of answers, an older answer marked as such, and a pinned
// embed that says newer data exists. The real site has one answer and shows none of it; the
// second answer here is invented (tests/fixtures/invented-second-answer), served in place of the
// newest dataset through the test harness, never part of the build.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, ROOT, serve, launch, openPage, startApp } from "./harness.mjs";

let site, browser, invented;
before(async () => {
  site = await serve();
  browser = await launch();
  invented = await readFile(join(ROOT, "tests/fixtures/invented-second-answer/dataset.json"), "utf8");
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Text as compared here: the site keeps dates and numbers together with no-break spaces. */
const plain = (text) => text.replace(/\u00a0/g, " ");

/** The page with the invented two-answer dataset as the newest data. */
async function withTwoAnswers(path) {
  const opened = await openPage(browser, null, {
    route: (p) =>
      p.route("**/data/dataset.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: invented })),
  });
  await opened.page.goto(site.url + path);
  await startApp(opened.page);
  await opened.page.waitForFunction(() => !document.getElementById("prerendered"), null, { timeout: 30000 });
  return opened;
}

test("with a single answer there is nothing to compare and nothing about it on the page", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  for (const id of ["changes", "since", "snapshot-pick", "older-snapshot", "corrections"]) {
    assert.equal(await page.getByTestId(id).count(), 0, id);
  }
  assert.equal(await page.locator("a[href='#aenderungen']").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("with two answers the page says what changed, per body and in total, citing both", async () => {
  const { page, context, problems } = await withTwoAnswers("");
  const section = page.getByTestId("changes");
  await section.waitFor();
  assert.match(plain(await section.innerText()), /Drucksache 20\/4245 vom 24\. März 2026 und Drucksache 20\/9999 vom 20\. Oktober 2026/);
  assert.equal(await page.getByTestId("changes-complete").innerText(), "LTSH, Landesarchiv SH");
  assert.equal(await page.getByTestId("changes-backwards").innerText(), "StK");
  const rows = page.getByTestId("change-row");
  assert.equal(await rows.count(), 4);
  // Largest change first: Justiz +150 on Open-Xchange.
  assert.match(plain(await rows.first().innerText()), /^Justiz\s+8\.588\s+8\.738\s+\+150\s+207\s+57$/);
  assert.match(await page.getByTestId("change-row").filter({ hasText: "Landesarchiv SH" }).innerText(), /vorher: Landesarchiv/);
  assert.equal(
    plain(await page.getByTestId("since").innerText()),
    "Seit der vorigen Antwort (24. März 2026): +173 Konten auf Open-Xchange, −158 in Exchange; 2 Behörden neu vollständig umgestellt.",
  );
  assert.equal(await page.locator("a[href='#aenderungen']").count(), 1);
  // The corrections log, with the numbers before and after.
  const correction = page.getByTestId("correction");
  assert.equal(await correction.count(), 1);
  assert.match(plain(await correction.innerText()), /21\. Oktober 2026 – ERFUNDEN: eine Testkorrektur/);
  assert.match(plain(await correction.innerText()), /LRH, ox_accounts: vorher 132, jetzt 133/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the picker shows an earlier answer, marked as not the newest, with a way back", async () => {
  const { page, context, problems } = await withTwoAnswers("");
  const pick = page.getByTestId("snapshot-pick");
  assert.deepEqual((await pick.locator("option").allInnerTexts()).map(plain), ["20/9999 vom 20. Oktober 2026 (neuester Stand)", "20/4245 vom 24. März 2026"]);
  await pick.selectOption("2026-03-24");
  await page.waitForURL(`${site.url}?stand=2026-03-24`);
  const notice = page.getByTestId("older-snapshot");
  await notice.waitFor();
  assert.match(plain(await notice.innerText()), /älteren Stand: Drucksache 20\/4245 vom 24\. März 2026\. Neuer ist Drucksache 20\/9999/);
  assert.equal(new URL(page.url()).searchParams.get("stand"), "2026-03-24");
  // The earlier answer has no earlier one: no comparison.
  assert.equal(await page.getByTestId("changes").count(), 0);
  assert.match(await page.getByTestId("fig-ox").innerText(), /43\.051/);
  // A link to the same view of the newest data (a page of its own: the pinned file is left).
  assert.equal(await notice.getByRole("link").getAttribute("href"), "./");
  await notice.getByRole("link").click();
  await startApp(page);
  await page.getByTestId("changes").waitFor();
  assert.equal(new URL(page.url()).searchParams.get("stand"), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a pinned embed says when newer data exists, and links to it", async () => {
  const { page, context, problems } = await withTwoAnswers("en/embed/anteil/?stand=2026-03-24");
  const notice = page.getByTestId("older-snapshot");
  await notice.waitFor();
  assert.match(plain(await notice.innerText()), /older state: Drucksache 20\/4245 of 24 March 2026\. Newer: Drucksache 20\/9999 of 20 October 2026/);
  const link = notice.getByRole("link");
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.equal(await link.getAttribute("href"), "../../../en/");
  assert.equal(await page.getByTestId("snapshot-pick").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the chart of what changed draws each body's change from zero, citing both answers", async () => {
  const { page, context, problems } = await withTwoAnswers("");
  const card = page.getByTestId("changes").getByTestId("chart-veraenderung");
  await card.locator("[role=img] svg path").first().waitFor({ state: "attached", timeout: 15000 });
  assert.equal(plain(await card.locator(".chart-title").innerText()), "Was sich seit der vorigen Antwort geändert hat: Konten auf Open-Xchange");
  assert.match(plain(await card.getByTestId("takeaway").innerText()), /^Seit dem 24\. März 2026: \+173 Konten auf Open-Xchange insgesamt, am meisten bei Justiz \(\+150\)\. Weniger als zuvor hat 1 Behörde: StK\.$/);
  const source = plain(await card.locator(".source").innerText());
  assert.match(source, /Drucksache 20\/4245 vom 24\. März 2026/);
  assert.match(source, /Drucksache 20\/9999 vom 20\. Oktober 2026/);
  // The numbers of the axis, zero among them, written by the site; each bar labelled with its change.
  const texts = await card.locator("[role=img] svg text").allTextContents();
  for (const t of ["\u221250", "0", "+50", "+100", "+150", "Justiz", "StK", "\u22125"]) assert.ok(texts.includes(t), `${t} in ${texts}`);
  // Its data, one row per body that changed.
  assert.equal(await card.locator(".chart-data table tbody tr").count(), 4);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the chart of what changed has an embed of its own where there is an earlier answer", async () => {
  // The real build has one answer and so no such embed page: the page of another embed stands in
  // (the app reads the chart from the address).
  const shell = await readFile(join(DIST, "embed/konten/index.html"), "utf8");
  const { page, context, problems } = await openPage(browser, null, {
    route: async (p) => {
      await p.route("**/data/dataset.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: invented }));
      await p.route("**/embed/veraenderung/", (r) => r.fulfill({ status: 200, contentType: "text/html", body: shell }));
    },
  });
  await page.goto(site.url + "embed/veraenderung/");
  await startApp(page);
  // The stand-in's own chart is prerendered: wait for the app's.
  await page.waitForFunction(() => !document.getElementById("prerendered"), null, { timeout: 30000 });
  const embed = page.getByTestId("embed");
  await embed.locator("[role=img] svg path").first().waitFor({ state: "attached", timeout: 15000 });
  assert.equal(plain(await embed.locator("h1").innerText()), "Was sich seit der vorigen Antwort geändert hat: Konten auf Open-Xchange");
  assert.match(await embed.getByTestId("embed-full-site").getAttribute("href"), /#veraenderung|abschnitt=veraenderung|veraenderung/);
  assert.deepEqual(problems, []);
  await context.close();
});
