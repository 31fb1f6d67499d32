// Every prerendered page of the build passes the HTML checker html-validate with its standard
// rules (.htmlvalidate.json): content models (a figure's caption first or last, no interactive
// content in interactive content …), void elements, landmarks with names of their own, titles
// within 70 characters. No rule is switched off.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join, relative } from "node:path";
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";
import { DIST, ROOT, builtPages } from "./harness.mjs";

test("every page of the build passes html-validate's standard rules", async () => {
  const files = await builtPages();
  // The dashboard, an embed per chart and the text pages, in two languages.
  assert.ok(files.length >= 22, `${files.length} pages`);
  const checker = new HtmlValidate(new FileSystemConfigLoader());
  const problems = [];
  for (const file of files) {
    const report = await checker.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.deepEqual(problems, []);
});

test("the checker is not blind: a figure with its caption in the middle fails", async () => {
  const checker = new HtmlValidate(new FileSystemConfigLoader());
  const report = await checker.validateString(
    '<!DOCTYPE html><html lang="de"><head><title>x</title></head><body><main><figure><p>a</p><figcaption>b</figcaption><p>c</p></figure></main></body></html>',
    join(ROOT, "probe.html"),
  );
  assert.equal(report.valid, false);
  assert.ok(report.results[0].messages.some((m) => m.ruleId === "element-permitted-order"));
});
