// The browser test harness: serves the built site (dist/) on a local port with the security headers
// it is deployed with, and drives it in Debian's headless Chromium through playwright-core. A page
// test calls `openPage` and asserts on what a reader sees, and that `problems` stays empty.
import { createServer } from "node:http";
import { readdir, readFile, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";
import { securityHeaders } from "../../deploy/security-headers.mjs";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = resolve(process.env.SITE_DIR ?? join(ROOT, "dist"));
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Content types of the site's files; the benchmark's server uses the same table. */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml",
  ".zip": "application/zip",
};

/** Files whose type is not their extension's, by name (deploy/nginx.conf: their locations). */
export const NAMED_TYPES = {
  "feed.xml": "application/atom+xml",
  SHA256SUMS: "text/plain; charset=utf-8",
};

/** Origins of the servers started by `serve`: the only ones a page may request from. */
const SITE_ORIGINS = new Set();

/**
 * Serves `dir` on 127.0.0.1 at a free port. `extraHeaders(path)` adds response headers: by default
 * the site's security headers (deploy/security-headers.json), so every page test runs under the
 * Content-Security-Policy the site is deployed with; pass `() => ({})` to serve without them.
 */
export async function serve(dir = DIST, extraHeaders = securityHeaders) {
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`No built site in ${dir}: run the test command from README.md, which builds it first.`);
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": NAMED_TYPES[basename(file)] ?? TYPES[extname(file)] ?? "application/octet-stream",
        ...extraHeaders(path),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  SITE_ORIGINS.add(new URL(url).origin);
  return {
    url,
    close: () => {
      SITE_ORIGINS.delete(new URL(url).origin);
      return new Promise((ok) => server.close(ok));
    },
  };
}

/** Starts headless Chromium with the flags this machine's closed network needs. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: the test command installs it (apt-get install chromium).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** True for a request the site may make: to a server of `serve`, or to data: and blob: URLs. */
export function isOwnRequest(url) {
  const { protocol, origin } = new URL(url);
  return protocol === "data:" || protocol === "blob:" || SITE_ORIGINS.has(origin);
}

// Runs in every page before its own scripts: reports each Content-Security-Policy violation with
// its directive and place (Chromium also logs most of them as console errors, not all of them).
function watchPolicy() {
  document.addEventListener("securitypolicyviolation", (e) =>
    window.__reportPolicyViolation(
      `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile || "?"}:${e.lineNumber}` +
        (e.sample ? ` («${e.sample}»)` : ""),
    ),
  );
}

/**
 * Opens a page of the site and records what a test should check. `problems` collects console
 * errors, uncaught exceptions, Content-Security-Policy violations and requests to any other
 * origin than the test servers', so `assert.deepEqual(problems, [])` checks all of them;
 * `requests` lists every URL requested.
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    reducedMotion: options.reducedMotion ?? "reduce",
    locale: options.locale ?? "de-DE",
  });
  const problems = [];
  const requests = [];
  await context.exposeFunction("__reportPolicyViolation", (text) => problems.push(`csp: ${text}`));
  await context.addInitScript(watchPolicy);
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
  page.on("request", (r) => {
    requests.push(r.url());
    if (!isOwnRequest(r.url())) problems.push(`third-party request: ${r.url()}`);
  });
  if (options.route) await options.route(page);
  if (url) {
    await page.goto(url);
    if (options.waitForApp !== false) {
      await startApp(page);
      await appReady(page);
    }
  }
  return { page, context, problems, requests };
}

/** The shipped dataset, parsed, for tests that change one thing in it. */
export async function shippedDataset() {
  return JSON.parse(await readFile(join(ROOT, "public/data/dataset.json"), "utf8"));
}

/** Makes the page receive `body` (with `status`) instead of the dataset. */
export function serveDatasetAs(body, status = 200) {
  return (page) =>
    page.route("**/data/dataset.json", (route) =>
      route.fulfill({ status, contentType: "application/json", body }),
    );
}

/**
 * Starts the app as a reader does: the prerendered page loads it at the first sign of use
 * (public/boot.js), here a mouse movement.
 */
export async function startApp(page) {
  await page.mouse.move(40, 40);
  await page.mouse.move(60, 50);
}

/** Makes the page's browser ask to save data (`navigator.connection.saveData`), before it loads. */
export async function turnOnSaveData(page) {
  await page.addInitScript(() => Object.defineProperty(navigator, "connection", { value: { saveData: true } }));
}

/** Opens `url` and starts the app there (see `startApp`); returns the navigation's response. */
export async function visit(page, url) {
  const response = await page.goto(url);
  await startApp(page);
  return response;
}

/**
 * Holds the dataset back until `release()`: the page stays the prerendered one meanwhile. Pass
 * `route` to `openPage`.
 */
export function holdDataset() {
  let release;
  const held = new Promise((ok) => (release = ok));
  const route = (page) =>
    page.route("**/data/dataset.json", async (r) => {
      await held;
      await r.continue();
    });
  return { route, release };
}

/**
 * Waits until the app has taken over from the prerendered page (it removes `#prerendered` once it
 * shows its own view or an error). Before that, the page is the static HTML from the build.
 */
export async function appReady(page) {
  await page.waitForFunction(() => !document.getElementById("prerendered"), null, { timeout: 30000 });
  await chartsDrawn(page);
}

/**
 * Waits until ECharts has drawn every chart on the page: the app answers first and runs ECharts
 * after (public/boot.js), one chart per task, and the build's drawings stand in until then.
 */
export async function chartsDrawn(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("[data-testid^=echart-]")].every(
        (el) => window.echarts?.getInstanceByDom(el) && !el.querySelector(":scope > .placeholder"),
      ),
    null,
    { timeout: 30000 },
  );
}

/** Every HTML file of the built site (`dir`), by its full path. */
export async function builtPages(dir = DIST) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await builtPages(path)));
    else if (entry.name.endsWith(".html")) found.push(path);
  }
  return found;
}
