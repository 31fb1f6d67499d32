/*
 * Starts the interactive app when the reader needs it, and says so when it cannot start.
 *
 * The server sends the whole page rendered at build time: figures, charts, table and source. The
 * app (WebAssembly and ECharts, about 450 KB compressed) is needed only to filter, sort, point at
 * a chart and share, so a reader who only reads never downloads it. It starts
 *  - at once when the address asks for a view of its own (a query string), or the page has no
 *    prerendered copy;
 *  - otherwise at the reader's first sign of use: moving or pressing a pointer, touching, a key,
 *    the wheel, or focus on a control.
 * What the reader does before the app is ready is carried over to it: the values typed or chosen,
 * the last button pressed, and the keyboard focus. Inside an iframe (an embed), this script reports
 * the page's height to embed.js until the app does.
 *
 * Its texts come from the page (data-loading, data-failed on the status line), in its language.
 * Where to find the app comes from this script's own element (publish step, src/bin/publish).
 */
(function () {
  "use strict";
  var me = document.currentScript;
  var ROOT_ID = "prerendered";
  var INTENT = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "focusin"];
  var started = false;
  var running = false; // the app has started (it may still wait for its data)
  var tookOver = false; // the app shows its own page
  var status = document.getElementById("app-status");
  var pending = { values: {}, click: null, focus: null };

  function fail() {
    if (running || !status || !document.body.contains(status)) return;
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

  function start() {
    if (started) return;
    started = true;
    for (var i = 0; i < INTENT.length; i++) removeEventListener(INTENT[i], start, true);
    if (status) {
      status.textContent = status.getAttribute("data-loading");
      status.setAttribute("data-testid", "loading");
    }
    // Fetched side by side; run in order: ECharts first, as the app expects it.
    add("link", { rel: "modulepreload", href: me.getAttribute("data-app-js"), crossorigin: "anonymous" });
    add("link", { rel: "preload", as: "fetch", href: me.getAttribute("data-app-wasm"), crossorigin: "anonymous", type: "application/wasm" });
    var echarts = add("script", { src: me.getAttribute("data-echarts") });
    echarts.onload = function () {
      add("script", { type: "module", src: me.getAttribute("data-start") });
    };
    setTimeout(fail, 20000);
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

  addEventListener("TrunkApplicationStarted", function () { running = true; });
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
  if (location.search || !document.getElementById(ROOT_ID)) {
    start();
  } else {
    for (var i = 0; i < INTENT.length; i++) addEventListener(INTENT[i], start, { capture: true, passive: true });
  }
})();
