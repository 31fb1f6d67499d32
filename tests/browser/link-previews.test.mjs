// Link previews (issue 18): every page and embed of the build carries Open Graph and Twitter-card
// tags with its own preview image, 1200 × 630, drawn at build time, and a text from the data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { relative, dirname, resolve } from "node:path";
import { DIST, builtPages } from "./harness.mjs";

const meta = (html, attr, name) => {
  const m = html.match(new RegExp(`<meta ${attr}="${name.replace(/[.:]/g, "\\$&")}" content="([^"]*)">`));
  return m?.[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"');
};

test("every page has its own preview image and the tags that show it", async () => {
  const images = new Set();
  for (const file of await builtPages()) {
    const html = await readFile(file, "utf8");
    const where = relative(DIST, file);
    const title = html.match(/<title>([^<]*)<\/title>/)[1].replace(/&amp;/g, "&");
    const description = html.match(/<meta name="description" content="([^"]*)">/)[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"');
    assert.equal(meta(html, "property", "og:title"), title, where);
    assert.equal(meta(html, "name", "twitter:title"), title, where);
    assert.equal(meta(html, "property", "og:description"), description, where);
    // The overview's and the embeds' texts come from the data (the text pages say what they are).
    const page = where === "index.html" || where === "en/index.html" || where.includes("embed/");
    if (page) assert.match(description, /20\/4245/, where);
    assert.equal(meta(html, "name", "twitter:card"), "summary_large_image", where);
    assert.equal(meta(html, "property", "og:image:width"), "1200", where);
    assert.equal(meta(html, "property", "og:image:height"), "630", where);
    assert.ok(meta(html, "property", "og:image:alt")?.length > 10, where);
    const image = meta(html, "property", "og:image");
    assert.equal(meta(html, "name", "twitter:image"), image, where);
    // Without a public address (site.toml) the image is relative to the page.
    const path = resolve(dirname(file), image);
    const png = await readFile(path);
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from("PNG")], where);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], `${where}: ${image}`);
    images.add(relative(DIST, path));
    // An embed's preview is its chart; the others show the key figures.
    const embed = where.match(/embed\/([a-z]+)\//)?.[1];
    if (embed) assert.match(image, new RegExp(`${embed}\\.png$`), where);
    else assert.match(image, /kennzahlen\.png$/, where);
    assert.equal(meta(html, "property", "og:locale"), where.startsWith("en/") ? "en_GB" : "de_DE", where);
  }
  // Each language's overview and every chart: one image each.
  assert.ok(images.size >= 12, [...images].join(", "));
});
