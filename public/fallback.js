/*
 * Runs before the app: if the WebAssembly never starts (old browser, blocked, network cut), the
 * page rendered at build time stays as it is and the status line says what is missing. Its texts
 * come from the page itself (data-failed), in the page's language. When the app starts, it removes
 * the prerendered page together with this status line.
 */
(function () {
  "use strict";
  var started = false;
  var status = document.getElementById("app-status");
  function fail() {
    if (started || !status || !document.body.contains(status)) return;
    status.textContent = status.getAttribute("data-failed");
    status.className = "app-status failed";
    status.setAttribute("data-testid", "app-missing");
  }
  window.addEventListener("TrunkApplicationStarted", function () { started = true; });
  window.addEventListener("unhandledrejection", fail);
  // A script or the WebAssembly file that cannot load reports an error on its element.
  window.addEventListener("error", function (e) {
    var t = e.target;
    if (t && (t.tagName === "SCRIPT" || t.tagName === "LINK")) fail();
  }, true);
  // Browsers without modules or WebAssembly never start the app and never say so.
  if (typeof WebAssembly !== "object" || !("noModule" in document.createElement("script"))) fail();
  window.setTimeout(fail, 20000);
})();
