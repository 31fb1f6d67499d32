/*
 * Makes the interactive app ready before the reader needs it, starts it at the reader's first sign
 * of use, and says so when it cannot start.
 *
 * The server sends the whole page rendered at build time: figures, charts, table and source. The
 * app (WebAssembly, its JavaScript, the dataset, and ECharts for the charts) is needed only to
 * filter, sort, point at a chart and share.
 *  - Once the first view is drawn and the browser is idle, its files are fetched at low priority
 *    and the WebAssembly is compiled, so that the first tap finds them ready. The dataset is
 *    fetched beside the WebAssembly, not after it, and handed to the app (`oxApp.takeDataset`,
 *    read in src/web/fetch.rs); ECharts comes last. A reader who asked to save data
 *    (`navigator.connection.saveData`) gets none of this until the first use, nor does an embed
 *    in another site's page.
 *  - The app starts at once when the address asks for a view of its own (a query string), or the
 *    page has no prerendered copy; otherwise at the reader's first sign of use: moving or pressing
 *    a pointer, touching, a key, the wheel, or focus on a control. Starting it earlier would keep
 *    a phone's main thread busy while the reader reads.
 *  - ECharts is run only after the app has shown its page and answered what the reader did: the
 *    build's chart drawings stay on screen until ECharts has drawn its own (src/components/echart.rs).
 * What the reader does before the app is ready is carried over to it: the values typed or chosen,
 * the last button pressed, and the keyboard focus. Inside an iframe (an embed), this script reports
 * the page's height to embed.js until the app does.
 *
 * Its texts come from the page (data-loading, data-failed on the status line), in its language.
 * Where to find the app comes from this script's own element (publish step, crates/publish).
 */
(function () {
  "use strict";
  var me = document.currentScript;
  var ROOT_ID = "prerendered";
  var INTENT = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "focusin"];
  var started = false;
  var running = false; // the app has started (it may still wait for its data)
  var tookOver = false; // the app shows its own page
  var hadCopy = !!document.getElementById(ROOT_ID); // the page came prerendered
  var status = document.getElementById("app-status");
  var pending = { values: {}, click: null, focus: null };
  // The app's files, named on this element from the site's root (publish step), resolved against
  // this script's own address so that they are found wherever the site is served (`/`, `/ox/`)
  // and from every page, whose folder may lie below the root.
  var fromRoot = function (name) {
    var path = me.getAttribute(name);
    return path && new URL(path, me.src).href;
  };
  // Links from before each language had its own pages name it in the query (`?lang=en`): they
  // lead to the same view on the page in that language (German at the root, English in `en/`).
  var query = new URLSearchParams(location.search);
  var asked = query.get("lang");
  if (asked === "de" || asked === "en") {
    query.delete("lang");
    var root = new URL("./", me.src).pathname;
    var page = location.pathname.indexOf(root) === 0 ? location.pathname.slice(root.length) : "";
    page = page.replace(/^en(\/|$)/, "");
    var rest = query.toString();
    location.replace(root + (asked === "en" ? "en/" : "") + page + (rest ? "?" + rest : "") + location.hash);
    return;
  }
  var WASM = fromRoot("data-app-wasm");
  var APP_JS = fromRoot("data-app-js");
  var ECHARTS = fromRoot("data-echarts");
  // The newest dataset, as the app asks for it (ox_core::route::dataset_path): beside boot.js.
  var DATASET = new URL("data/dataset.json", me.src).href;
  var saveData = !!(navigator.connection && navigator.connection.saveData);

  /** What was fetched ahead, for the start script (the compiled WebAssembly) and the app (the
   * dataset's response). Each is taken once. */
  var ahead = (window.oxApp = {
    wasm: null,
    dataset: null,
    takeDataset: function (url) {
      var answer = ahead.dataset;
      ahead.dataset = null;
      return answer && new URL(url, location.href).href === DATASET ? answer : null;
    },
  });
  var fetched = false;
  var echartsAdded = false;

  function fail() {
    if (!started || running || !status || !document.body.contains(status)) return;
    status.textContent = status.getAttribute("data-failed");
    status.className = "app-status failed";
    status.setAttribute("data-testid", "app-missing");
  }

  function add(tag, attrs) {
    var el = document.createElement(tag);
    for (var k in attrs) el.setAttribute(k, attrs[k]);
    document.head.appendChild(el);
    return el;
  }

  /** Fetches the app's files, the WebAssembly compiled as it arrives. `low`: at idle, behind
   * anything the page itself still loads. A file that fails here is asked for again at the start,
   * where its error is reported. */
  function fetchAhead(low) {
    if (fetched) return;
    fetched = true;
    var opts = { credentials: "same-origin" };
    if (low) opts.priority = "low";
    // A view of its own may pin another data version: the app asks for that itself.
    if (!location.search) {
      ahead.dataset = fetch(DATASET, opts).catch(function () { return null; });
    }
    var compiled = WebAssembly.compileStreaming
      ? WebAssembly.compileStreaming(fetch(WASM, opts))
      : Promise.reject(new Error("no streaming compilation"));
    ahead.wasm = compiled.catch(function () { return WASM; });
    var glue = { rel: "modulepreload", href: APP_JS, crossorigin: "anonymous" };
    if (low) glue.fetchpriority = "low";
    add("link", glue);
    // ECharts last: the table answers without it.
    ahead.wasm.then(function () {
      if (!echartsAdded) add("link", { rel: "prefetch", href: ECHARTS, as: "script" });
    });
  }

  /** After the load event and the first view's frame on screen (its first contentful paint, where
   * the browser reports it), when the browser is idle. */
  function whenIdle(f) {
    function idle() {
      if (window.requestIdleCallback) requestIdleCallback(f, { timeout: 2000 });
      else setTimeout(f, 200);
    }
    function painted() {
      var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
      if (types.indexOf("paint") < 0) {
        requestAnimationFrame(function () { setTimeout(idle, 0); });
        return;
      }
      var observer = new PerformanceObserver(function (list) {
        if (!list.getEntriesByName("first-contentful-paint").length) return;
        observer.disconnect();
        setTimeout(idle, 0);
      });
      observer.observe({ type: "paint", buffered: true });
    }
    if (document.readyState === "complete") painted();
    else addEventListener("load", painted, { once: true });
  }

  function start() {
    if (started) return;
    started = true;
    for (var i = 0; i < INTENT.length; i++) removeEventListener(INTENT[i], start, true);
    if (status) {
      status.textContent = status.getAttribute("data-loading");
      status.setAttribute("data-testid", "loading");
    }
    fetchAhead(false);
    // The start script hands `oxApp.wasm` to wasm-bindgen's init (crates/publish/src/lazy_start.rs).
    add("script", { type: "module", src: fromRoot("data-start") });
    setTimeout(fail, 20000);
  }

  /** Runs ECharts, once the app has answered what the reader did; the app draws its charts when
   * it hears `ox:echarts`. */
  function loadECharts() {
    if (echartsAdded) return;
    echartsAdded = true;
    var script = add("script", { src: ECHARTS });
    script.onload = function () {
      dispatchEvent(new Event("ox:echarts"));
    };
  }

  // -- carrying over what the reader did before the app was ready --------------------------------

  /** A name for a control that finds its twin in the app's page: test id, id or name, else its
   * kind and text, with its place among the controls of the same name. */
  function keyOf(el, root) {
    var sel;
    if (el.getAttribute("data-testid")) sel = '[data-testid="' + el.getAttribute("data-testid") + '"]';
    else if (el.id) sel = "#" + el.id;
    else if (el.name) sel = el.tagName.toLowerCase() + '[name="' + el.name + '"]';
    var list = sel ? root.querySelectorAll(sel) : root.querySelectorAll(el.tagName);
    var text = (el.textContent || "").trim();
    var same = [];
    for (var i = 0; i < list.length; i++) if (sel || (list[i].textContent || "").trim() === text) same.push(list[i]);
    return { sel: sel || el.tagName, text: sel ? null : text, index: same.indexOf(el) };
  }

  function find(key) {
    var list = document.querySelectorAll(key.sel);
    var same = [];
    for (var i = 0; i < list.length; i++) {
      if (list[i].closest("#" + ROOT_ID)) continue;
      if (key.text === null || (list[i].textContent || "").trim() === key.text) same.push(list[i]);
    }
    return same[key.index] || null;
  }

  function control(target, selector) {
    var root = document.getElementById(ROOT_ID);
    var el = target && target.closest ? target.closest(selector) : null;
    return root && el && root.contains(el) ? { el: el, root: root } : null;
  }

  function remember(e) {
    if (tookOver) return;
    var c;
    if (e.type === "focusin") {
      c = control(e.target, "a, button, input, select, textarea, summary, [tabindex]");
      if (c) pending.focus = keyOf(c.el, c.root);
    } else if (e.type === "click") {
      c = control(e.target, "button, summary");
      if (c) pending.click = keyOf(c.el, c.root);
    } else {
      c = control(e.target, "input, select, textarea");
      if (c) pending.values[JSON.stringify(keyOf(c.el, c.root))] = c.el.value;
    }
  }

  /** Replays once the app's page has a twin for everything to replay (it may take a few tasks to
   * mount), or does what it can after three seconds. */
  function replay(tries) {
    tries = tries || 0;
    var keys = Object.keys(pending.values).map(function (k) { return JSON.parse(k); });
    if (pending.focus) keys.push(pending.focus);
    if (pending.click) keys.push(pending.click);
    if (tries < 60 && keys.some(function (k) { return !find(k); })) {
      setTimeout(function () { replay(tries + 1); }, 50);
      return;
    }
    for (var k in pending.values) {
      var field = find(JSON.parse(k));
      if (!field || field.value === pending.values[k]) continue;
      field.value = pending.values[k];
      field.dispatchEvent(new Event("input", { bubbles: true }));
      field.dispatchEvent(new Event("change", { bubbles: true }));
    }
    var focus = pending.focus && find(pending.focus);
    if (focus && (!document.activeElement || document.activeElement === document.body)) focus.focus();
    var click = pending.click && find(pending.click);
    if (click) click.click();
    // The app has answered; now the charts.
    setTimeout(loadECharts, 0);
  }

  ["click", "input", "change", "focusin"].forEach(function (t) {
    addEventListener(t, remember, true);
  });

  // The app removes the prerendered copy when it shows its own page (src/app.rs).
  function watchTakeover() {
    if (!document.getElementById(ROOT_ID)) return;
    new MutationObserver(function (_, observer) {
      if (document.getElementById(ROOT_ID)) return;
      observer.disconnect();
      tookOver = true;
      // The app mounts its page right after removing the copy; replay once it is there.
      setTimeout(replay, 0, 0);
    }).observe(document.body, { childList: true });
  }

  // -- embeds: the height, until the app reports it -----------------------------------------------

  function reportHeight() {
    if (running || window.parent === window) return;
    window.parent.postMessage({ type: "ox-transparenz:height", height: document.documentElement.scrollHeight }, "*");
  }
  if (window.parent !== window) {
    addEventListener("message", function (e) {
      if (e.data && e.data.type === "ox-transparenz:request-height") reportHeight();
    });
    addEventListener("load", reportHeight);
    reportHeight();
  }

  // -- when the app cannot start ------------------------------------------------------------------

  addEventListener("TrunkApplicationStarted", function () {
    running = true;
    // Without a prerendered copy there is nothing to take over: the charts may come at once.
    if (!hadCopy) loadECharts();
  });
  addEventListener("unhandledrejection", function () { if (started) fail(); });
  // A script or the WebAssembly file that cannot load reports an error on its element.
  addEventListener("error", function (e) {
    var t = e.target;
    if (t && (t.tagName === "SCRIPT" || t.tagName === "LINK")) fail();
  }, true);
  // Browsers without modules or WebAssembly never start the app and never say so.
  if (typeof WebAssembly !== "object" || !("noModule" in document.createElement("script"))) {
    fail();
    return;
  }

  watchTakeover();
  if (location.search || !hadCopy) {
    start();
  } else {
    for (var i = 0; i < INTENT.length; i++) addEventListener(INTENT[i], start, { capture: true, passive: true });
    // Not inside another site's page (an embed): its readers came for the article, and most of
    // them never touch the chart.
    if (!saveData && window.parent === window) whenIdle(function () { fetchAhead(true); });
  }
})();
