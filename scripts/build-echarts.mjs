// Bundles vendor/echarts-entry.mjs into target/echarts/echarts.min.js (run by Trunk before each
// build, see Trunk.toml). esbuild is an npm package; its binary comes from the registry with it.
import { build } from "esbuild";
import { mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "target/echarts/echarts.min.js");
mkdirSync(dirname(outfile), { recursive: true });
await build({
  entryPoints: [join(root, "vendor/echarts-entry.mjs")],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2019",
  legalComments: "eof",
  outfile,
  logLevel: "warning",
  // Drops ECharts' development checks and warnings.
  define: { "process.env.NODE_ENV": "\"production\"", __DEV__: "false" },
});
console.log(`echarts: ${outfile} (${Math.round(statSync(outfile).size / 1024)} KB)`);
