// Reading Chromium's trace (Browser.startTracing) for the scripts that look inside a page load.

/**
 * The page's renderer main thread: the one that parsed its HTML first. Returns its `pid`, `tid`
 * and the time stamp of that first parse chunk (µs), from which the scripts count.
 */
export function pageMainThread(events) {
  const parses = events.filter((e) => e.name === "ParseHTML" && e.dur > 0);
  if (parses.length === 0) throw new Error("the trace has no HTML parsing: was the page loaded while tracing?");
  const { pid, tid, ts } = parses.reduce((a, b) => (b.ts < a.ts ? b : a));
  return { pid, tid, ts };
}
