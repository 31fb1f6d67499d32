/*
 * Resize script for embedded charts of "Umstieg auf Open-Xchange".
 *
 * Paste it once on a page, next to one or more of our <iframe> embeds:
 *   <script src="https://<this site>/embed.js" async></script>
 * Each embed posts its content height ({ type: "ox-transparenz:height", height }) to the page
 * whenever it changes; this script sets the height of the iframe the message came from, so the
 * chart never gets a scroll bar or a gap. It reads nothing else, stores nothing and sets no
 * cookie. Without it the iframe keeps the height given in its `height` attribute.
 * Embeds that finished drawing before this script loaded are asked once to report again
 * ({ type: "ox-transparenz:request-height" }).
 */
(function () {
  "use strict";
  if (window.__oxTransparenzEmbeds) return;
  window.__oxTransparenzEmbeds = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "ox-transparenz:height") return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // Only the site the iframe shows may size it.
      var origin;
      try { origin = new URL(frame.src, document.baseURI).origin; } catch (e) { return; }
      if (origin !== event.origin) return;
      frame.style.height = height + "px";
      return;
    }
  });
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({ type: "ox-transparenz:request-height" }, "*");
    }
  }
})();
