// Security of the built site: the Content-Security-Policy of deploy/security-headers.json holds
// with no violation, nothing is requested from another origin, only the embeds may be framed by
// other sites, and the sample nginx configuration sends the same headers (when nginx is installed).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, get as httpGet } from "node:http";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, ROOT, serve, launch, openPage, isOwnRequest, visit, appReady, startApp } from "./harness.mjs";
import { cacheControlFor, corsFor, cspFor, headersFile, nginxSnippets, securityHeaders } from "../../deploy/security-headers.mjs";
import { sitePaths } from "../../deploy/write-headers-file.mjs";
import { checkDeployment } from "../../deploy/check-deployment.mjs";

const DEPLOY = join(ROOT, "deploy");

let site, browser, withEmbed;
before(async () => {
  // The built site plus an embed page (a copy of index.html, as the embed pages are), linked
  // into a folder of its own so the test does not depend on which embed pages the build writes.
  withEmbed = mkdtempSync(join(tmpdir(), "site-"));
  for (const entry of readdirSync(DIST)) {
    if (entry !== "embed") symlinkSync(join(DIST, entry), join(withEmbed, entry));
  }
  mkdirSync(join(withEmbed, "embed/anteil"), { recursive: true });
  writeFileSync(join(withEmbed, "embed/anteil/index.html"), readFileSync(join(DIST, "index.html")));
  site = await serve(withEmbed);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (withEmbed) rmSync(withEmbed, { recursive: true, force: true });
});

test("the policy allows no inline script, no eval and no inline style", () => {
  const directives = Object.fromEntries(
    cspFor("/").split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]),
  );
  assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives["style-src"], ["'self'"]);
  assert.deepEqual(directives["object-src"], ["'none'"]);
  assert.deepEqual(directives["frame-ancestors"], ["'self'"]);
  assert.equal(cspFor("/embed/anteil/"), cspFor("/").replace("frame-ancestors 'self'", "frame-ancestors *"));
  assert.doesNotMatch(cspFor("/"), /'unsafe-inline'|'unsafe-eval'|https?:/);
});

test("no built page has an inline script, style attribute or event handler", () => {
  const pages = readdirSync(DIST, { recursive: true }).filter((f) => f.endsWith(".html"));
  assert.ok(pages.includes("index.html"));
  for (const file of pages) {
    const html = readFileSync(join(DIST, file), "utf8");
    // Every script is a file, but for JSON data blocks, which browsers never run.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([^<]*)<\/script>/gi)];
    for (const [, attributes, body] of scripts) {
      if (/\stype="application\/json"/.test(attributes)) {
        assert.doesNotThrow(() => JSON.parse(body), `${file}: data block`);
        continue;
      }
      assert.match(attributes, /\ssrc=/, `${file}: <script${attributes}>`);
      assert.equal(body, "", `${file}: <script${attributes}> has a body`);
    }
    // boot.js starts the app from files it is told about (crates/publish/src/lazy_start.rs).
    const boot = html.match(/<script data-start="(?:\.?\/)?(start-[0-9a-f]{16}\.js)" data-app-js="(?:\.?\/)?([^"]+\.js)" data-app-wasm="(?:\.?\/)?([^"]+\.wasm)" src="[./]*boot\.js"/);
    assert.ok(boot, `${file}: boot.js knows the start script, the app's JS and the WebAssembly`);
    assert.match(readFileSync(join(DIST, boot[1]), "utf8"), /await init\(/);
    for (const f of boot.slice(2)) assert.ok(existsSync(join(DIST, f)), `${file}: ${f} exists`);
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/i, file);
  }
});

test("the page runs under the policy: no violation, every request to its own origin", async () => {
  const { page, context, problems, requests } = await openPage(browser, null);
  const response = await visit(page, site.url);
  assert.equal(response.headers()["content-security-policy"], cspFor("/"));
  assert.equal(response.headers()["x-content-type-options"], "nosniff");
  await page.waitForSelector("[data-testid=bodies-table]");
  await page.waitForFunction(() => document.querySelector("[data-testid^=echart-] svg path"));
  // The English page, started too (the switch is a link to it).
  await page.getByTestId("lang-switch").click();
  await page.waitForURL(`${site.url}en/`);
  await startApp(page);
  await appReady(page);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  const card = page.locator("[data-testid=chart-anteil]");
  await card.locator("details.chart-data summary").click();
  assert.ok(await card.locator("details.chart-data table.data").isVisible());
  // Hovering a bar shows the tooltip, HTML that ECharts writes at run time.
  await card.locator("[data-testid^=echart-] svg path").last().hover({ force: true });
  await page.waitForTimeout(300);
  assert.ok(requests.some((u) => u.endsWith("/data/dataset.json")));
  assert.ok(requests.some((u) => /\/start-[0-9a-f]{16}\.js$/.test(u)));
  assert.ok(requests.some((u) => u.endsWith(".wasm")));
  const foreign = requests.filter((u) => !isOwnRequest(u));
  assert.deepEqual(foreign, []);
  assert.ok(requests.every((u) => new URL(u).origin === new URL(site.url).origin));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the policy blocks what an injection needs, and the harness reports it", async () => {
  // A same-origin script (allowed) that tries eval; DevTools' own evaluate would not be checked.
  const probe = "try { eval('1'); window.evalResult = 'ran'; } catch (e) { window.evalResult = e.name; }";
  const { page, context, problems } = await openPage(browser, null, {
    route: (p) => p.route("**/eval-probe.js", (r) => r.fulfill({ contentType: "text/javascript", body: probe })),
  });
  await visit(page, site.url);
  await appReady(page);
  const result = await page.evaluate(async () => {
    window.ran = [];
    const add = (html) => document.body.insertAdjacentHTML("beforeend", html);
    add(`<img alt="" src="data:," onerror="window.ran.push('handler')">`);
    const inline = document.createElement("script");
    inline.textContent = "window.ran.push('inline script')";
    document.body.append(inline);
    const foreign = document.createElement("script");
    foreign.src = "https://cdn.example.org/library.js";
    document.body.append(foreign);
    const own = document.createElement("script");
    own.src = "/eval-probe.js";
    const loaded = new Promise((ok) => (own.onload = own.onerror = ok));
    document.body.append(own);
    await loaded;
    await new Promise((ok) => setTimeout(ok, 300));
    return { ran: window.ran, evalResult: window.evalResult };
  });
  assert.deepEqual(result, { ran: [], evalResult: "EvalError" });
  const reported = (prefix) => problems.some((p) => p.startsWith(`csp: ${prefix}`));
  assert.ok(reported("script-src-attr blocked inline"), problems.join("\n"));
  assert.ok(reported("script-src-elem blocked inline"), problems.join("\n"));
  assert.ok(reported("script-src-elem blocked https://cdn.example.org/library.js"), problems.join("\n"));
  assert.ok(reported("script-src blocked eval"), problems.join("\n"));
  await context.close();
});

test("another site may frame the embeds, but not the main page", async () => {
  const host = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><title>host</title>
      <iframe id="main" src="${site.url}"></iframe>
      <iframe id="embed" src="${site.url}embed/anteil/"></iframe>
      <iframe id="embed-en" src="${site.url}en/embed/anteil/"></iframe>
      <iframe id="main-en" src="${site.url}en/"></iframe>`);
  });
  await new Promise((ok) => host.listen(0, "127.0.0.1", ok));
  const context = await browser.newContext();
  const page = await context.newPage();
  const refused = [];
  page.on("console", (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  // A framed page of ours has its boot script; a refused frame shows the browser's error page.
  const loaded = (id) =>
    page
      .frameLocator(`#${id}`)
      .locator('script[src$="boot.js"]')
      .waitFor({ state: "attached", timeout: 5000 })
      .then(() => true, () => false);
  assert.equal(await loaded("embed"), true);
  assert.equal(await loaded("embed-en"), true);
  assert.equal(await loaded("main"), false);
  assert.equal(await loaded("main-en"), false);
  assert.ok(refused.some((t) => t.includes(site.url)), refused.join("\n"));
  await context.close();
  await new Promise((ok) => host.close(ok));
});

test("the build writes a _headers file with every file's headers, from the policy", () => {
  const file = readFileSync(join(DIST, "_headers"), "utf8");
  assert.equal(file, headersFile(sitePaths(DIST)), "dist/_headers is not what the policy gives for the built files");
  // Spot checks of what a host reading it must send.
  const rule = (path) => file.split(/\n(?=\/)/).find((r) => r.startsWith(`${path}\n`));
  assert.match(rule("/data/dataset.json"), /\n  Access-Control-Allow-Origin: \*\n?/);
  assert.match(rule("/data/dataset.json"), /\n  Cache-Control: public, max-age=300/);
  assert.match(rule("/"), /\n  Cache-Control: no-cache/);
  assert.doesNotMatch(rule("/"), /Access-Control-Allow-Origin/);
  assert.match(rule("/embed/konten/"), /frame-ancestors \*/);
  assert.match(rule("/en/embed/konten/"), /frame-ancestors \*/);
  assert.match(rule("/en/"), /frame-ancestors 'self'/);
  const wasm = readFileSync(join(DIST, "index.html"), "utf8").match(/data-app-wasm="(?:\.?\/)?([^"]+_bg\.wasm)"/)[1];
  assert.match(rule(`/${wasm}`), /Cache-Control: public, max-age=31536000, immutable/);
});

test("the nginx header snippets are generated from the policy file", () => {
  for (const [name, text] of Object.entries(nginxSnippets())) {
    assert.equal(
      readFileSync(join(DEPLOY, name), "utf8"),
      text,
      `deploy/${name} is stale: run node deploy/write-nginx-headers.mjs`,
    );
  }
});

// nginx checks need Debian's nginx and its brotli module, and root (the config writes to
// /var/log/nginx): scripts/setup.sh installs them. Missing, the tests fail and say what is missing.
const nginxMissing = (() => {
  if (spawnSync("nginx", ["-v"]).error) return "nginx is not installed";
  if (!existsSync("/etc/nginx/modules-enabled/50-mod-http-brotli-static.conf")) {
    return "libnginx-mod-http-brotli-static is not installed";
  }
  if (process.getuid?.() !== 0) return "the nginx checks run as root";
  return false;
})();

test("nginx accepts deploy/nginx.conf", () => {
  assert.equal(nginxMissing, false, `${nginxMissing}: run ./scripts/test.sh, which installs it`);
  const run = spawnSync("nginx", ["-t", "-q", "-c", join(DEPLOY, "nginx.conf")], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
});

test("nginx serves the site with the policy's headers, types and caching", async () => {
  assert.equal(nginxMissing, false, `${nginxMissing}: run ./scripts/test.sh, which installs it`);
  // deploy/nginx.conf on a free port, over the test's site folder, logging to a temporary folder.
  const tmp = mkdtempSync(join(tmpdir(), "nginx-"));
  const probe = await serve(); // only to find a free port
  const port = new URL(probe.url).port;
  await probe.close();
  const hashed = "probe-0123456789abcdef.js";
  // Trunk writes its hash without leading zeros: one build in 16 has 15 digits.
  const shortHash = "probe-123456789abcdef.js";
  writeFileSync(join(withEmbed, shortHash), "plain");
  writeFileSync(join(withEmbed, hashed), "plain");
  writeFileSync(join(withEmbed, `${hashed}.gz`), "gzip file");
  writeFileSync(join(withEmbed, `${hashed}.br`), "brotli file");
  const conf = readFileSync(join(DEPLOY, "nginx.conf"), "utf8")
    .replace(/^user .*$/m, "user root;")
    .replace(/^pid .*$/m, `pid ${tmp}/nginx.pid;`)
    .replace(/^error_log .*$/m, `error_log ${tmp}/error.log;`)
    .replace(/access_log .*;/, `access_log ${tmp}/access.log;`)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/listen \[::\]:80;/, "")
    .replace(/root .*;/, `root ${withEmbed};`)
    .replaceAll("include nginx-", `include ${DEPLOY}/nginx-`);
  assert.ok(conf.includes(withEmbed) && conf.includes(port), "the test config took its changes");
  writeFileSync(join(tmp, "nginx.conf"), conf);
  const nginx = spawn("nginx", ["-c", join(tmp, "nginx.conf"), "-g", "daemon off;"], { stdio: "inherit" });
  try {
    const base = `http://127.0.0.1:${port}`;
    const get = async (path, headers = {}) => {
      for (let i = 0; ; i++) {
        try {
          return await fetch(base + path, { headers });
        } catch (e) {
          if (i > 50) throw e;
          await new Promise((ok) => setTimeout(ok, 100));
        }
      }
    };
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    const wasm = html.match(/data-app-wasm="(?:\.?\/)?([^"]+_bg\.wasm)"/)[1];
    const start = html.match(/data-start="(?:\.?\/)?(start-[0-9a-f]{16}\.js)"/)[1];
    const chart = html.match(/src="(charts\/[a-z]+-[0-9a-f]{16}\.svg)"/)[1];
    const version = readdirSync(join(DIST, "data/versions"))[0];
    const cases = [
      ["/", "text/html; charset=utf-8", "no-cache", cspFor("/")],
      [`/${wasm}`, "application/wasm", "public, max-age=31536000, immutable", cspFor("/")],
      [`/${start}`, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", cspFor("/")],
      ["/data/dataset.json", "application/json; charset=utf-8", "public, max-age=300", cspFor("/")],
      ["/data/behoerden.csv", "text/csv; charset=utf-8", "public, max-age=300", cspFor("/")],
      ["/vendor/echarts.min.js", "text/javascript; charset=utf-8", "public, max-age=3600", cspFor("/")],
      [`/${chart}`, "image/svg+xml; charset=utf-8", "public, max-age=31536000, immutable", cspFor("/")],
      [`/${hashed}`, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", cspFor("/")],
      [`/${shortHash}`, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", cspFor("/")],
      ["/boot.js", "text/javascript; charset=utf-8", "no-cache", cspFor("/")],
      ["/embed/anteil/", "text/html; charset=utf-8", "no-cache", cspFor("/embed/")],
      ["/en/embed/anteil/", "text/html; charset=utf-8", "no-cache", cspFor("/en/embed/")],
      ["/en/", "text/html; charset=utf-8", "no-cache", cspFor("/")],
      [`/data/versions/${version}/dataset.json`, "application/json; charset=utf-8", "public, max-age=31536000, immutable", cspFor("/")],
      [`/data/versions/${version}/behoerden.csv`, "text/csv; charset=utf-8", "public, max-age=31536000, immutable", cspFor("/")],
      [`/data/versions/${version}/SHA256SUMS`, "text/plain; charset=utf-8", "public, max-age=31536000, immutable", cspFor("/")],
      ["/data/feed.xml", "application/atom+xml", "no-cache", cspFor("/")],
    ];
    for (const [path, type, cache, csp] of cases) {
      const r = await get(path);
      assert.equal(r.status, 200, path);
      assert.equal(r.headers.get("content-type"), type, path);
      assert.equal(r.headers.get("cache-control"), cache, path);
      // deploy/nginx.conf caches as the policy says (which the _headers file follows too).
      assert.equal(cache, cacheControlFor(path), `${path}: deploy/nginx.conf and the policy's cache rules differ`);
      // Only the data may be read from other origins.
      const cors = corsFor(path)["Access-Control-Allow-Origin"] ?? null;
      assert.equal(r.headers.get("access-control-allow-origin"), cors, `${path}: Access-Control-Allow-Origin`);
      assert.equal(cors !== null, path.startsWith("/data/"), path);
      for (const [name, value] of Object.entries({ ...securityHeaders("/"), "Content-Security-Policy": csp })) {
        assert.equal(r.headers.get(name), value, `${path}: ${name}`);
      }
    }
    for (const path of ["/gibt-es-nicht", "/embed/gibt-es-nicht/"]) {
      const missing = await get(path);
      assert.equal(missing.status, 404, path);
      assert.equal(missing.headers.get("content-security-policy"), cspFor(path), path);
    }
    // Precompressed files are chosen by Accept-Encoding (node:http, because fetch would decode).
    const raw = (encoding) =>
      new Promise((ok, fail) =>
        httpGet(`${base}/${hashed}`, { headers: { "accept-encoding": encoding } }, (r) => {
          const chunks = [];
          r.on("data", (c) => chunks.push(c));
          r.on("end", () => ok([r.headers["content-encoding"] ?? null, Buffer.concat(chunks).toString()]));
        }).on("error", fail),
      );
    assert.deepEqual(await raw("br"), ["br", "brotli file"]);
    assert.deepEqual(await raw("gzip"), ["gzip", "gzip file"]);
    assert.deepEqual(await raw("identity"), [null, "plain"]);
    assert.equal((await get("/_headers")).status, 404, "the other hosts' headers file is not served");

    // The operators' check of a deployment finds nothing wrong with nginx, and finds what a
    // server without the policy's caching misses.
    const deployed = await checkDeployment(`${base}/`, withEmbed);
    assert.deepEqual(deployed.problems, [], "deploy/check-deployment.mjs against nginx");
    assert.ok(deployed.checked >= 40, `checked ${deployed.checked} files`);
    const bare = await checkDeployment(site.url, withEmbed);
    assert.ok(bare.problems.some((p) => /^\/data\/dataset\.json: Cache-Control is missing/.test(p)), bare.problems.join("\n"));

    // Open data: a page on another origin (no policy of its own) reads the dataset through nginx,
    // but not a page of the site.
    const elsewhere = mkdtempSync(join(tmpdir(), "elsewhere-"));
    writeFileSync(join(elsewhere, "index.html"), "<!doctype html><title>elsewhere</title>");
    const other = await serve(elsewhere, () => ({}));
    const page = await browser.newPage();
    try {
      await page.goto(other.url);
      assert.notEqual(new URL(other.url).origin, base, "the page is on another origin");
      const read = (url) =>
        page.evaluate(
          (u) => fetch(u).then((r) => r.text()).then((t) => t.length, (e) => `refused: ${e.message}`),
          url,
        );
      const data = await read(`${base}/data/dataset.json`);
      assert.equal(typeof data, "number", `the dataset from another origin: ${data}`);
      assert.equal(data, readFileSync(join(DIST, "data/dataset.json"), "utf8").length);
      assert.equal(typeof (await read(`${base}/data/versions/${version}/dataset.json`)), "number");
      assert.match(String(await read(`${base}/`)), /^refused/, "a page of the site is not readable from elsewhere");
    } finally {
      await page.close();
      await other.close();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  } finally {
    nginx.kill();
    await new Promise((ok) => nginx.once("exit", ok));
    rmSync(tmp, { recursive: true, force: true });
  }
});
