// A small static server for the benchmark: like a CDN that serves precompressed files, it answers
// with brotli when the client accepts `br` (the `.br` file next to the file if there is one,
// otherwise compressed once at quality 11 and kept in memory) and with the right content type.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { TYPES } from "../../tests/browser/harness.mjs";

// Already-compressed formats gain nothing from brotli.
const INCOMPRESSIBLE = new Set([".png", ".ico", ".br", ".gz"]);

/** Compresses `body` as a deploy step would: brotli at its best quality. */
export function brotli(body) {
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/**
 * Serves `dir` on 127.0.0.1 at a free port. `overrides` maps a URL path to another file to answer
 * with (used to give the site a generated dataset in place of `data/dataset.json`).
 * `cacheControl(path)` gives the Cache-Control header (default `no-store`; the first-tap part
 * serves with the deployed policy, `deployCacheControl`).
 */
export async function serveStatic(dir, overrides = {}, { cacheControl = () => "no-store" } = {}) {
  dir = resolve(dir);
  const compressed = new Map(); // file path → brotli bytes
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = overrides[path] ?? normalize(join(dir, path));
    if (!overrides[path] && !file.startsWith(dir)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const headers = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": cacheControl(path),
        vary: "accept-encoding",
      };
      const acceptsBr = /\bbr\b/.test(req.headers["accept-encoding"] ?? "");
      if (acceptsBr && !INCOMPRESSIBLE.has(extname(file))) {
        if (!compressed.has(file)) {
          compressed.set(file, await readFile(`${file}.br`).catch(() => brotli(body)));
        }
        body = compressed.get(file);
        headers["content-encoding"] = "br";
      }
      headers["content-length"] = body.length;
      res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}

/** The Cache-Control of deploy/nginx.conf: hashed files for good, the dataset 5 minutes, ECharts
 * (vendor/) an hour, everything else (HTML, boot.js) checked on every visit. */
export function deployCacheControl(path) {
  if (/-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css|svg)$/.test(path)) return "public, max-age=31536000, immutable";
  if (/^\/data\/.+\.(json|csv)$/.test(path)) return "public, max-age=300";
  if (path.startsWith("/vendor/")) return "public, max-age=3600";
  return "no-cache";
}
