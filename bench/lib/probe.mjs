// What runs inside the page. Installed with addInitScript before any of the page's own scripts, it
// takes every timestamp with performance.now() (milliseconds since navigation start), so polling
// from Node never adds latency to what is measured.
//
// Load marks: each mark's condition is checked at the start of every frame (an animation-frame
// callback), so the first frame that meets it is the frame that shows it. The time recorded is
// when that frame has been drawn: a task posted from the callback runs once the frame's style,
// layout and paint are done. The start of that frame is kept too (`frames`): it
// leaves out the frame's own work, which on a page with much to lay out is most of the wait.
// Checking once per frame costs the page a few selector queries per frame. Earlier, a
// MutationObserver checked after every DOM change instead; it made the browser keep a record of
// every node the parser inserted, which cost the page time in proportion to its size (the site's
// table came about 40 ms later at 4× slowdown, the static page's hardly later).
//
// Idle: a PerformanceObserver keeps the end of the latest long task, so the caller can tell when
// the page has stopped working (the table may show before the charts are redrawn).
//
// Interactions: `__bench.arm(eventType)` remembers the first row's text; a capture listener takes
// the start from the first event of that type (its timeStamp, as the Event Timing API does), and
// the end is when the first frame whose first row differs has been drawn. Only the first row is
// compared, so a paginated or virtualised table is measured the same way.
//
// First tap (`tap`, run.mjs --only tap): the first pointerdown (a finger or a mouse button going
// down) is the tap; from then on every frame is checked for the table sorted by OX: the rows shown
// in some rendered bodies table, read by their `data-row` (index into the dataset's bodies), begin
// with the body of the fewest (or the most) OX accounts and follow in that order. The time is when
// that frame has been drawn, as for the marks. Whatever the page has loaded or started by then
// does not matter: the tap is the start.

export const ROW = "[data-testid=bodies-table] [data-testid=body-row]";

/** The marks the pages are measured by (the baselines use the same data-testid names); `names`
 * picks those a page is expected to meet, so none is checked every frame for ever. */
export const loadMarks = (tableRows, names) =>
  Object.fromEntries(Object.entries(allLoadMarks(tableRows)).filter(([name]) => names.includes(name)));

const allLoadMarks = (tableRows) => ({
  figures: { selector: "[data-testid=fig-ox] dd", text: true },
  table: { selector: ROW, min: tableRows },
  chart: { selector: "[data-testid=echart-anteil] svg path" },
  // The site only: its app's own chart (the app mounts into <body>; the page from the server is
  // inside #prerendered), i.e. the chart answers pointer and keyboard.
  interactive: { selector: "body > main [data-testid=echart-anteil] svg path", afterUse: true },
});

/** The site showing a generated dataset: its first row is the dataset's first body (not the
 * prerendered table of the shipped dataset). */
export const scaleMarks = (firstAbbreviation) => ({
  table: { selector: ROW, first: firstAbbreviation },
});

/** Serialised into the page by addInitScript: must not use anything from this module's scope. */
export function installProbe({ marks, row, tap = null }) {
  const seen = {}; // mark → time the frame that shows it was drawn
  const frames = {}; // mark → time that frame started
  // Runs `test(frameStart)` at the start of every frame until it returns true. A task posted from
  // there runs once the frame is drawn: rendering follows the animation-frame callbacks in the
  // same task. It is posted at the highest priority, so it does not wait behind work the page
  // itself posted from the same frame (the site redraws its charts after the paint that shows the
  // table).
  const everyFrame = (test) => {
    const tick = () => {
      const start = performance.now();
      if (!test(start)) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  const firstRow = () => document.querySelector(row)?.textContent ?? null;
  const met = ({ selector, min = 1, text = false, first = null }) => {
    const found = document.querySelectorAll(selector);
    if (found.length < min) return false;
    const content = found[0].textContent;
    return (!text || content.trim() !== "") && (first === null || content.includes(first));
  };
  // Marks met by the frame starting at `start`: drawn once the frame is. Marks that need a first
  // use wait for it (the first pointer movement starts their checks), so an idle page is not
  // woken every frame. True once nothing is left to check for now.
  const checkMarks = (start) => {
    for (const [name, mark] of Object.entries(marks)) {
      if (name in seen || (mark.afterUse && intentAt === null) || !met(mark)) continue;
      seen[name] = null;
      frames[name] = start;
      scheduler.postTask(() => (seen[name] = performance.now()), { priority: "user-blocking" });
    }
    return Object.entries(marks).every(([name, mark]) => name in seen || (mark.afterUse && intentAt === null));
  };
  let intentAt = null; // the first pointer movement: when the reader's first use began
  everyFrame(checkMarks);

  // End of the latest long task (> 50 ms): once it lies 1 s back, the page is idle again.
  let lastBusy = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) lastBusy = Math.max(lastBusy, e.startTime + e.duration);
  }).observe({ type: "longtask", buffered: true });

  // The site starts its app at the first pointer movement.
  addEventListener(
    "pointermove",
    (e) => {
      if (intentAt !== null) return;
      intentAt = e.timeStamp;
      everyFrame(checkMarks);
    },
    true,
  );

  let armed = null;
  // A click is the release of the button: Chromium stamps the click event with the time of the
  // press (pointerdown), so the time the button was held (the driver's press→release round trip,
  // a person's finger) would count as the page's. A click is timed from its pointerup instead; the
  // wait until the page handles it still counts.
  let releasedAt = null;
  addEventListener("pointerup", (e) => (releasedAt = e.timeStamp), true);
  for (const type of ["click", "input", "change"]) {
    addEventListener(
      type,
      (e) => {
        if (!armed || armed.type !== type || armed.start !== null) return;
        armed.start = type === "click" && releasedAt !== null && releasedAt >= e.timeStamp ? releasedAt : e.timeStamp;
      },
      true,
    );
  }
  // -- first tap: from the first pointerdown to the frame showing the table in OX order ----------
  const tapped = { down: null, up: null, target: null, frame: null, end: null, rows: 0, direction: null, ariaSort: null, url: null };
  // The rows of `table` in OX order, ascending or descending, starting at the extreme: the
  // direction, or null.
  const oxOrder = (table) => {
    const rows = table.querySelectorAll("[data-testid=body-row]");
    if (rows.length < Math.min(2, tap.ox.length)) return null;
    const v = [];
    for (const r of rows) {
      const i = Number(r.getAttribute("data-row"));
      if (!(i in tap.ox)) return null;
      v.push(tap.ox[i]);
    }
    let up = v[0] === tap.min;
    let down = v[0] === tap.max;
    for (let k = 1; k < v.length && (up || down); k++) {
      if (v[k] < v[k - 1]) up = false;
      if (v[k] > v[k - 1]) down = false;
    }
    return up ? "ascending" : down ? "descending" : null;
  };
  const sortedTable = () => {
    for (const table of document.querySelectorAll("[data-testid=bodies-table]")) {
      const direction = oxOrder(table);
      // Only a table on screen counts (not one the page keeps hidden).
      if (direction && table.getClientRects().length > 0) return { table, direction };
    }
    return null;
  };
  if (tap) {
    addEventListener(
      "pointerdown",
      (e) => {
        if (tapped.down !== null) return;
        tapped.down = e.timeStamp;
        tapped.target = e.target?.closest?.("[data-testid]")?.getAttribute("data-testid") ?? null;
        everyFrame((start) => {
          const found = sortedTable();
          if (!found) return false;
          tapped.frame = start;
          tapped.rows = found.table.querySelectorAll("[data-testid=body-row]").length;
          tapped.direction = found.direction;
          tapped.ariaSort = found.table.querySelector("[data-testid=sort-ox]")?.closest("th")?.getAttribute("aria-sort") ?? null;
          tapped.url = location.search;
          scheduler.postTask(() => (tapped.end = performance.now()), { priority: "user-blocking" });
          return true;
        });
      },
      true,
    );
    addEventListener("pointerup", (e) => tapped.up ??= e.timeStamp, true);
  }
  let loadAt = null;
  addEventListener("load", () => (loadAt = performance.now()));

  window.__bench = {
    /** The first tap: its times (ms since navigation start), and what the sorted frame showed. */
    tap: () => ({ ...tapped, loadAt }),
    /** Load event time (ms since navigation start), or null before it. */
    loadAt: () => loadAt,
    marks: seen,
    frames,
    /** The time of the first pointer movement, or null. */
    get intentAt() {
      return intentAt;
    },
    /** True once every mark named has its frame time. */
    reached: (names) => names.every((n) => typeof seen[n] === "number"),
    firstRow,
    arm(type) {
      const mine = (armed = { type, before: firstRow(), start: null, frame: null, end: null });
      // The first frame after the event whose first row differs shows the change.
      everyFrame((start) => {
        if (armed !== mine) return true;
        if (mine.start === null || firstRow() === mine.before) return false;
        mine.frame = start;
        scheduler.postTask(() => (mine.end = performance.now()), { priority: "user-blocking" });
        return true;
      });
    },
    /** Milliseconds from the event until the frame showing the change was drawn (`ms`) and until
     * that frame began (`frameMs`), or null while waiting. */
    result: () => (armed?.end == null ? null : { ms: armed.end - armed.start, frameMs: armed.frame - armed.start }),
    /** When the last long task ended (ms since navigation start), and the time now. */
    busy: () => ({ lastBusy, now: performance.now() }),
    /** Start of the armed interaction. */
    started: () => armed?.start,
  };
}
