// Checks a deployed copy of the site against the build and the header policy:
//   node deploy/check-deployment.mjs https://example.org/ox/ [dist]
// Every file of the build (dist/, without the precompressed copies) must answer 200 at the same
// path below the given address, with the right type and the headers deploy/security-headers.json
// gives for it (security, caching, cross-origin access to the data), and the WebAssembly must come
// compressed to a browser that accepts brotli or gzip. Prints each problem; exits 1 if there is one.
// Plain Node 20 (fetch), no dependencies.
import { sitePaths } from "./write-headers-file.mjs";
import { responseHeaders } from "./security-headers.mjs";

/** The Content-Type each kind of file must have (nginx: the `types` block of deploy/nginx.conf). */
const TYPES = {
  html: "text/html",
  js: "text/javascript",
  css: "text/css",
  json: "application/json",
  wasm: "application/wasm",
  svg: "image/svg+xml",
  csv: "text/csv",
  txt: "text/plain",
  xml: "application/xml",
  zip: "application/zip",
};

/** Files whose type is not their extension's, by name (nginx: their own locations). */
const NAMED_TYPES = {
  "feed.xml": "application/atom+xml",
  SHA256SUMS: "text/plain",
};

function typeOf(path) {
  if (path.endsWith("/")) return TYPES.html;
  const name = path.split("/").pop();
  return NAMED_TYPES[name] ?? TYPES[name.split(".").pop()];
}

/** The problems of the site at `base` (its address, with a trailing slash) against `dist`. */
export async function checkDeployment(base, dist) {
  const root = base.endsWith("/") ? base : `${base}/`;
  const problems = [];
  const paths = sitePaths(dist).filter((p) => p !== "/_headers");
  for (const path of paths) {
    const url = new URL(path.slice(1), root).href;
    let response;
    try {
      // Uncompressed: the headers are the same, and the body is only read to the end.
      response = await fetch(url, { redirect: "manual", headers: { "accept-encoding": "identity" } });
      await response.arrayBuffer();
    } catch (e) {
      problems.push(`${path}: no answer (${e.message})`);
      continue;
    }
    if (response.status !== 200) {
      problems.push(`${path}: status ${response.status}`);
      continue;
    }
    const type = (response.headers.get("content-type") ?? "").split(";")[0].trim();
    const expected = typeOf(path);
    if (expected && type !== expected) problems.push(`${path}: Content-Type ${type || "missing"}, expected ${expected}`);
    for (const [name, value] of Object.entries(responseHeaders(path))) {
      const got = response.headers.get(name);
      if (got !== value) problems.push(`${path}: ${name} is ${got === null ? "missing" : `"${got}"`}, expected "${value}"`);
    }
    if (!path.startsWith("/data/") && response.headers.get("access-control-allow-origin") !== null) {
      problems.push(`${path}: Access-Control-Allow-Origin is sent, but only the data may be read from other origins`);
    }
  }
  const wasm = paths.find((p) => p.endsWith("_bg.wasm"));
  if (wasm) {
    // The headers are enough (HEAD): what a browser that accepts brotli or gzip is sent.
    const response = await fetch(new URL(wasm.slice(1), root), {
      method: "HEAD",
      headers: { "accept-encoding": "br, gzip" },
    }).catch(() => null);
    const encoding = response?.headers.get("content-encoding") ?? null;
    if (!["br", "gzip"].includes(encoding)) {
      problems.push(`${wasm}: sent uncompressed (Content-Encoding ${encoding ?? "missing"}); serve the .br/.gz beside it`);
    }
  }
  return { checked: paths.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base, dist = "dist"] = process.argv.slice(2);
  if (!base) {
    console.error("usage: node deploy/check-deployment.mjs <address of the site> [built site folder, default dist]");
    process.exit(2);
  }
  const { checked, problems } = await checkDeployment(base, dist);
  for (const p of problems) console.log(p);
  console.log(problems.length ? `${problems.length} problems in ${checked} files` : `all ${checked} files as built, with their headers`);
  process.exit(problems.length ? 1 : 0);
}
