// Larger datasets for the scaling runs: the shipped dataset with its bodies replaced by generated
// ones that the site's parser accepts (unique abbreviations, Ressorts I … IX or none, counts within
// 0 … 1,000,000, the printed share consistent with the counts to one decimal, no notes).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const PORTFOLIOS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

/** Small seeded generator, so every run measures the same data. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A count from 1 to `max`, spread over orders of magnitude like real bodies. */
const logCount = (rnd, max) => Math.min(max, Math.floor(Math.exp(rnd() * Math.log(max))));

export function generateBodies(n, seed = 4245) {
  const rnd = random(seed);
  const width = String(n).length;
  return Array.from({ length: n }, (_, i) => {
    // Row 1 has no Ressort and many OX accounts, so sorting by OX and every Ressort filter change
    // the first row shown.
    const first = i === 0;
    const ox = first ? 900_000 : logCount(rnd, 1_000_000);
    const exchange = first ? 100 : rnd() < 0.2 ? 0 : logCount(rnd, Math.max(1, Math.floor(ox / 5)));
    const resources = rnd() < 0.5 ? 0 : logCount(rnd, 500);
    const portfolio = first || rnd() < 0.05 ? null : PORTFOLIOS[Math.floor(rnd() * PORTFOLIOS.length)];
    return {
      portfolio,
      abbreviation: `B${String(i + 1).padStart(width, "0")}`,
      name: { de: `Generierte Behörde Nummer ${i + 1}`, editorial: true },
      exchange_accounts: exchange,
      exchange_resources: resources,
      ox_accounts: ox,
      ox_share_published: Math.round((1000 * ox) / (ox + exchange + resources)) / 10,
      page: 2,
    };
  });
}

/**
 * Writes `dataset-<n>.json` into `dir` for each size and returns `{ n, file, bytes, first, search }`:
 * `first` is the first body's abbreviation, `search` the abbreviation of a body from the middle that
 * is the first row neither in printed order nor sorted by OX. Every size is generated, 40 too, so
 * the site's prerendered table of the shipped dataset never passes for the generated one.
 */
export async function writeScaledDatasets(dir, shippedPath, sizes) {
  const text = await readFile(shippedPath, "utf8");
  const out = [];
  for (const n of sizes) {
    const dataset = JSON.parse(text);
    const bodies = generateBodies(n);
    dataset.snapshots = [{ ...dataset.snapshots[0], bodies, notes: [] }];
    const json = JSON.stringify(dataset);
    const file = join(dir, `dataset-${n}.json`);
    await writeFile(file, json);
    const fewest = bodies.reduce((a, b) => (b.ox_accounts < a.ox_accounts ? b : a));
    const middle = bodies.slice(Math.floor(n / 2)).concat(bodies.slice(1));
    const search = middle.find((b) => b !== fewest).abbreviation;
    out.push({ n, file, bytes: Buffer.byteLength(json), first: bodies[0].abbreviation, search });
  }
  return out;
}
