// Writes `_headers` into the built site (a Trunk post-build hook, after the publish step; or by
// hand: `node deploy/write-headers-file.mjs dist`): every URL of the site with the headers of
// deploy/security-headers.json. Pages are listed as `/ueber/` and `/ueber/index.html`.
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { headersFile } from "./security-headers.mjs";

/** The URL paths of the files below `root`, without the precompressed copies. */
export function sitePaths(root) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!/\.(br|gz)$/.test(name) && name !== "_headers") {
        const path = "/" + relative(root, full).split(sep).join("/");
        out.push(path);
        if (name === "index.html") out.push(path.slice(0, -"index.html".length));
      }
    }
  };
  walk(root);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!root) {
    console.error("usage: node deploy/write-headers-file.mjs <site folder>");
    process.exit(2);
  }
  writeFileSync(join(root, "_headers"), headersFile(sitePaths(root)));
  console.log(`wrote ${join(root, "_headers")}`);
}
