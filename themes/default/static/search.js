// Site search for the default theme: runs in the browser over this
// language's Pagefind index (pagefind/ beside index.html, built by
// `make site`). Only the search page loads this script. Every text it shows
// comes from the page (the theme's i18n strings), so the search speaks the
// page's language. Results are built with DOM methods from plain text,
// never from HTML, so nothing in the index can inject markup.
(function () {
  "use strict";

  var box = document.getElementById("search");
  if (!box) return;
  var form = box.querySelector("form");
  var input = box.querySelector("input[type=search]");
  var status = box.querySelector(".search-status");
  var list = box.querySelector(".search-results");
  var unavailable = box.querySelector(".search-unavailable");
  var more = box.querySelector(".search-more");
  var texts = box.dataset;
  var bundle = new URL(texts.bundle, document.baseURI);
  // Pagefind's result addresses are below the language root ("/guide/vision/"),
  // which may itself be below a sub-path of the host.
  var rootPath = new URL(texts.root, document.baseURI).pathname;
  var MAX = 20;
  var pagefind = null;
  var latest = 0;
  var timer = null;

  function showUnavailable() {
    unavailable.hidden = false;
    form.hidden = true;
    status.textContent = "";
  }

  // Decodes the character references of a plain-text fragment of an
  // excerpt. The result only ever becomes a text node.
  var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  function plain(fragment) {
    return fragment.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (all, ref) {
      if (ref[0] !== "#") return Object.prototype.hasOwnProperty.call(NAMED, ref) ? NAMED[ref] : all;
      var code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    });
  }

  // Pagefind's excerpt marks the matched words with <mark>; everything else
  // is text.
  function excerpt(node, html) {
    html.split(/(<mark>|<\/mark>)/).reduce(function (marked, part) {
      if (part === "<mark>") return true;
      if (part === "</mark>") return false;
      if (part) {
        var text = document.createTextNode(plain(part));
        if (marked) {
          var m = document.createElement("mark");
          m.appendChild(text);
          node.appendChild(m);
        } else {
          node.appendChild(text);
        }
      }
      return marked;
    }, false);
  }

  function say(template, n, query) {
    var text = template.replace("{n}", String(n));
    status.textContent = query === undefined ? text : text + " \u201c" + query + "\u201d";
  }

  function render(query, results, shown) {
    list.textContent = "";
    shown.forEach(function (r) {
      var url = String(r.url || "");
      // Only addresses inside this site: never another scheme.
      if (!/^\//.test(url) || /^\/\//.test(url)) return;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = url;
      a.textContent = (r.meta && r.meta.title) || url;
      var h = document.createElement("h2");
      h.appendChild(a);
      li.appendChild(h);
      if (r.excerpt) {
        var p = document.createElement("p");
        excerpt(p, r.excerpt);
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    var n = results.length;
    if (n === 0) say(texts.none, 0, query);
    else if (n === 1) say(texts.one, 1, query);
    else say(texts.many, n, query);
    more.hidden = n <= shown.length;
    more.textContent = more.hidden ? "" : texts.more.replace("{n}", String(shown.length));
  }

  function run(query) {
    query = query.trim();
    var ticket = ++latest;
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      more.hidden = true;
      return;
    }
    status.textContent = texts.searching;
    pagefind
      .search(query)
      .then(function (search) {
        var results = search.results;
        return Promise.all(
          results.slice(0, MAX).map(function (r) {
            return r.data();
          })
        ).then(function (shown) {
          if (ticket === latest) render(query, results, shown);
        });
      })
      .catch(function () {
        if (ticket === latest) status.textContent = texts.failed;
      });
  }

  function remember(query) {
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.href);
  }

  function start() {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      remember(input.value.trim());
      run(input.value);
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        remember(input.value.trim());
        run(input.value);
      }, 300);
    });
    var query = new URL(window.location.href).searchParams.get("q") || "";
    if (query) {
      input.value = query;
      run(query);
    }
  }

  // The index is missing when the site was built without Pagefind, or
  // when the page is opened from disk (file://), where browsers refuse to
  // fetch it. Either way the page says so instead of showing a dead box.
  fetch(new URL("pagefind-entry.json", bundle).href)
    .then(function (response) {
      if (!response.ok) throw new Error("no index");
      return response.text();
    })
    .then(function () {
      return import(new URL("pagefind.js", bundle).href);
    })
    .then(function (module) {
      pagefind = module;
      return Promise.resolve(pagefind.options({ baseUrl: rootPath })).then(function () {
        return pagefind.init();
      });
    })
    .then(start, showUnavailable);
})();
