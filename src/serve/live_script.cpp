#include "serve/live_script.h"

namespace cp {

const char* const kLiveScript = R"JS((function () {
  "use strict";
  var words = {
    en: { title: "The site could not be rebuilt", kept: "You are seeing the last version that built. Fix the problems below and save: the page updates by itself.", hint: "hint: " },
    cy: { title: "Nid oedd modd ailadeiladu'r wefan", kept: "Rydych chi'n gweld y fersiwn olaf a adeiladwyd. Cywirwch y problemau isod a chadw'r ffeil: bydd y dudalen yn diweddaru ei hun.", hint: "awgrym: " }
  };
  var lang = document.documentElement.lang === "cy" ? "cy" : "en";
  var here = location.pathname.replace(/^\/+/, "");
  if (here === "" || here.slice(-1) === "/") here += "index.html";
  var overlay = null;

  function show(errors) {
    hide();
    overlay = document.createElement("div");
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", "clusterpack-overlay-title");
    overlay.id = "clusterpack-overlay";
    var s = overlay.style;
    s.position = "fixed"; s.inset = "0"; s.zIndex = "2147483647"; s.overflow = "auto";
    s.background = "rgba(255,255,255,0.97)"; s.color = "#1b1b1b"; s.padding = "2rem";
    s.font = "16px/1.5 system-ui, sans-serif"; s.borderTop = "8px solid #b10e1e";
    var h = document.createElement("h2");
    h.id = "clusterpack-overlay-title";
    h.textContent = words[lang].title;
    var p = document.createElement("p");
    p.textContent = words[lang].kept;
    overlay.appendChild(h);
    overlay.appendChild(p);
    errors.forEach(function (e) {
      var pre = document.createElement("pre");
      pre.style.whiteSpace = "pre-wrap";
      pre.style.background = "#f3f2f1";
      pre.style.padding = "0.75rem";
      pre.style.borderLeft = "5px solid #b10e1e";
      var where = e.file + (e.line ? ":" + e.line + (e.col ? ":" + e.col : "") : "");
      pre.textContent = where + ": " + e.message + (e.source ? "\n  " + e.source : "") + (e.hint ? "\n" + words[lang].hint + e.hint : "");
      overlay.appendChild(pre);
    });
    document.body.appendChild(overlay);
  }
  function hide() {
    if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
    overlay = null;
  }
  var version = null;
  var source = new EventSource("/__clusterpack/events");
  source.addEventListener("build", function (event) {
    var state = JSON.parse(event.data);
    if (state.errors.length) { show(state.errors); version = state.version; return; }
    var first = version === null;
    var hadOverlay = overlay !== null;
    hide();
    if (!first && (hadOverlay || state.changed.indexOf(here) >= 0 ||
        state.changed.some(function (p) { return /\.css$/.test(p); }))) {
      location.reload();
    }
    version = state.version;
  });
})();
)JS";

}  // namespace cp
