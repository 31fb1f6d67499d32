// What runs inside the page. Installed with addInitScript before any of the page's own scripts, it
// takes every timestamp with performance.now() (milliseconds since navigation start), so polling
// from Node never adds latency to what is measured.
//
// Load marks: a MutationObserver checks each mark's condition after every DOM change; the time
// recorded is when the frame that shows it has been drawn: a task posted from that frame's
// animation-frame callback runs once the frame's style, layout and paint are done (`afterFrame`).
// The start of that frame is kept too (`frames`): it leaves out the frame's own work, which on a
// page with much to lay out is most of the wait.
//
// Idle: a PerformanceObserver keeps the end of the latest long task, so the caller can tell when
// the page has stopped working (the table may show before the charts are redrawn).
//
// Interactions: `__bench.arm(eventType)` remembers the first row's text; a capture listener takes
// the start from the first event of that type (its timeStamp, as the Event Timing API does), and
// the end is when the next frame after the first row's content differs has been drawn. Only the
// first row is compared, so a paginated or virtualised table is measured the same way.

export const ROW = "[data-testid=bodies-table] [data-testid=body-row]";

/** The marks every page is measured by; the baselines use the same data-testid names. */
export const loadMarks = (tableRows) => ({
  figures: { selector: "[data-testid=fig-ox] dd", text: true },
  table: { selector: ROW, min: tableRows },
  chart: { selector: "[data-testid=echart-anteil] svg path" },
  // The site only: its app's own chart (the app mounts into <body>; the page from the server is
  // inside #prerendered), i.e. the chart answers pointer and keyboard.
  interactive: { selector: "body > main [data-testid=echart-anteil] svg path" },
});

/** The site showing a generated dataset: its first row is the dataset's first body (not the
 * prerendered table of the shipped dataset). */
export const scaleMarks = (firstAbbreviation) => ({
  table: { selector: ROW, first: firstAbbreviation },
});

/** Serialised into the page by addInitScript: must not use anything from this module's scope. */
export function installProbe({ marks, row }) {
  const seen = {}; // mark → time the frame that shows it was drawn
  const frames = {}; // mark → time that frame started
  const dom = {}; // mark → time the DOM first met it
  // Runs `done` once the next frame is drawn: rendering follows the animation-frame callbacks in
  // the same task, and a task posted from them runs after it. It is posted at the highest
  // priority, so it does not wait behind work the page itself posted from the same frame (the
  // site redraws its charts after the paint that shows the table).
  const afterFrame = (done) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      scheduler.postTask(() => done(start, performance.now()), { priority: "user-blocking" });
    });
  const firstRow = () => document.querySelector(row)?.textContent ?? null;
  const met = ({ selector, min = 1, text = false, first = null }) => {
    const found = document.querySelectorAll(selector);
    if (found.length < min) return false;
    const content = found[0].textContent;
    return (!text || content.trim() !== "") && (first === null || content.includes(first));
  };
  const check = () => {
    for (const [name, mark] of Object.entries(marks)) {
      if (name in seen || !met(mark)) continue;
      seen[name] = null;
      dom[name] = performance.now();
      afterFrame((start, drawn) => {
        frames[name] = start;
        seen[name] = drawn;
      });
    }
    if (Object.keys(seen).length === Object.keys(marks).length) loadObserver.disconnect();
  };
  const loadObserver = new MutationObserver(check);
  loadObserver.observe(document, { childList: true, subtree: true, characterData: true });

  // End of the latest long task (> 50 ms): once it lies 1 s back, the page is idle again.
  let lastBusy = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) lastBusy = Math.max(lastBusy, e.startTime + e.duration);
  }).observe({ type: "longtask", buffered: true });

  // The first pointer movement: when the reader's first use began (the site starts its app then).
  let intentAt = null;
  addEventListener("pointermove", (e) => intentAt ??= e.timeStamp, true);

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
  const rowObserver = new MutationObserver(() => {
    if (!armed || armed.start === null || armed.changedAt !== null) return;
    if (firstRow() === armed.before) return;
    armed.changedAt = performance.now();
    rowObserver.disconnect();
    afterFrame((_, drawn) => (armed.end = drawn));
  });

  window.__bench = {
    marks: seen,
    frames,
    dom,
    /** The time of the first pointer movement, or null. */
    get intentAt() {
      return intentAt;
    },
    /** True once every mark named has its frame time. */
    reached: (names) => names.every((n) => typeof seen[n] === "number"),
    firstRow,
    arm(type) {
      armed = { type, before: firstRow(), start: null, changedAt: null, end: null };
      rowObserver.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    /** Milliseconds from the event to the frame showing the change, or null while waiting. */
    result: () => (armed?.end == null ? null : { ms: armed.end - armed.start, domMs: armed.changedAt - armed.start }),
    /** When the last long task ended (ms since navigation start), and the time now. */
    busy: () => ({ lastBusy, now: performance.now() }),
    /** Start of the armed interaction. */
    started: () => armed?.start,
  };
}
