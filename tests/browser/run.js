#!/usr/bin/env node
// Browser tests of a built site, in Debian's Chromium through
// playwright-core, with axe-core for accessibility. Run by ctest (see
// tests/CMakeLists.txt) after `npm install` in this folder (`make test` does it).
//
//   node run.js GROUP --site DIR [--screenshots DIR]
//   node run.js xss --clusterpack BIN --source DIR --output DIR
//
// Groups:
//   axe          axe-core, WCAG 2.2 AA tags: 0 violations on every page type,
//                both languages, phone and desktop widths
//   keyboard     Tab alone reaches the skip link, language switch, search,
//                every document link and every PDF link (cluster page, a
//                document's page, the guide), each with a visible focus
//   switch       the language switch lands on the corresponding page and back
//   search       Pagefind finds Welsh pages in Welsh and English in English;
//                a clear message when the index is absent or JavaScript is off
//   screenshots  every page type at 390×844 and 1280×900 in both languages,
//                saved as PNG; no sideways scrolling on a phone; no layout
//                shift; as printed (print stylesheet: no menus or footer)
//   xss          every page of the XSS fixture site: no dialog, no script from
//                the content, no javascript: URL (skipped only when the
//                fixture folder does not exist)
// Prints one line per problem and closes with 'N passed, N failed'.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { serve } = require("./serve");
const { launch, check, finish } = require("./harness");

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
];
const SKIP = 77; // ctest SKIP_RETURN_CODE

// ---- results ----------------------------------------------------------
function note(message) {
  console.log("     " + message);
}

// ---- arguments ----------------------------------------------------------
function parseArgs(argv) {
  const out = { group: argv[0] };
  for (let i = 1; i < argv.length; i += 2) out[argv[i].replace(/^--/, "")] = argv[i + 1];
  return out;
}

// ---- the site ---------------------------------------------------------
function read(file) {
  return fs.readFileSync(file, "utf8");
}

// The absolute base address that the site's own absolute links (canonical,
// alternates, the 404 page's links) start with, e.g. https://host/ for
// https://host/en/. Requests to it are answered from the output folder.
function siteBase(site) {
  const m = read(path.join(site, "en", "index.html")).match(/<link rel="canonical" href="([^"]+)">/);
  if (!m) return null;
  return m[1].replace(/en\/$/, "");
}

function firstDir(dir) {
  if (!fs.existsSync(dir)) return null;
  const names = fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isDirectory()).sort();
  return names.length ? path.join(dir, names[0]) : null;
}

// The English page of each page type (paths below the output folder).
function englishPages(site) {
  const en = (p) => path.join("en", p);
  const board = "health-boards/powys";
  const cluster = board + "/mid-powys";
  const doc = (kind) => {
    const dir = firstDir(path.join(site, "en", cluster, kind));
    return dir ? path.relative(site, path.join(dir, "index.html")) : en(cluster + "/" + kind + "/index.html");
  };
  return [
    ["home", en("index.html")],
    ["guide", en("guide/index.html")],
    ["chapter", en("guide/accountability-framework/index.html")],
    ["key-actions", en("guide/key-actions/index.html")],
    ["packs", en("resource-pack/index.html")],
    ["boards", en("health-boards/index.html")],
    ["board", en(board + "/index.html")],
    ["cluster", en(cluster + "/index.html")],
    ["terms-of-reference", en(cluster + "/terms-of-reference/index.html")],
    ["voting-system", en(cluster + "/voting-system/index.html")],
    ["decision-tracker", en(cluster + "/decision-tracker/index.html")],
    ["risk-register", en(cluster + "/risk-register/index.html")],
    ["sbar", doc("sbar")],
    ["business-case", doc("business-case")],
    ["accessibility", en("accessibility/index.html")],
    ["about", en("about/index.html")],
    ["search", en("search/index.html")],
    ["404", en("404.html")],
  ];
}

// The Welsh counterpart of an English page, from its hreflang alternate
// (not from the switch, which the switch test checks against it).
function welshOf(site, base, enPath) {
  if (enPath.endsWith("404.html")) return "cy/404.html";
  const html = read(path.join(site, enPath));
  const m = html.match(/<link rel="alternate" hreflang="cy" href="([^"]+)">/);
  if (!m || !m[1].startsWith(base)) return null;
  let rel = m[1].slice(base.length);
  if (rel === "" || rel.endsWith("/")) rel += "index.html";
  return rel;
}

// Every page type in both languages: { type, lang, file, url path }.
function pageTypes(site) {
  const base = siteBase(site);
  const out = [];
  for (const [type, enPath] of englishPages(site)) {
    if (!check(fs.existsSync(path.join(site, enPath)), `${type}: ${enPath} is missing from the site`)) continue;
    const cyPath = welshOf(site, base, enPath);
    check(cyPath && fs.existsSync(path.join(site, cyPath)), `${type}: no Welsh counterpart of ${enPath}`);
    for (const [lang, file] of [["en", enPath], ["cy", cyPath]]) {
      if (!file) continue;
      // The 404 page is served at an address that does not exist, on the
      // host of the site's base address (its links are absolute).
      const urlPath = type === "404" ? `/${lang}/no-such-page/` : "/" + file.split(path.sep).join("/");
      const absolute = type === "404" ? `${base}${lang}/no-such-page/` : null;
      out.push({ type, lang, file, urlPath, absolute });
    }
  }
  return out;
}

function urlPathOf(href) {
  return new URL(href).pathname.replace(/\/$/, "/index.html");
}

// ---- the browser ---------------------------------------------------------
// A browser context whose requests to the site's absolute base address are
// answered from the output folder, and which refuses any other host.
async function context(browser, server, site, options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const base = siteBase(site);
  await ctx.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    if (base && url.startsWith(base)) {
      let rel = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
      if (rel === "" || rel.endsWith("/")) rel += "index.html";
      const file = path.join(site, rel);
      if (fs.existsSync(file)) return route.fulfill({ path: file });
      const notFound = path.join(site, rel.split("/")[0], "404.html");
      if (fs.existsSync(notFound)) return route.fulfill({ status: 404, path: notFound });
      return route.fulfill({ status: 404, body: "" });
    }
    return route.abort();
  });
  return ctx;
}

async function withSite(site, body) {
  const server = await serve(site);
  const browser = await launch();
  try {
    await body(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

function describe(p) {
  return `${p.lang} ${p.type}`;
}

function addressOf(server, p) {
  return p.absolute || server.url + p.urlPath;
}

// The bilingual language chooser at the top of the output, when there is one.
function withChooser(site, pages) {
  if (!fs.existsSync(path.join(site, "index.html"))) return pages;
  return pages.concat([{ type: "chooser", lang: "bilingual", file: "index.html", urlPath: "/index.html", absolute: null }]);
}

// ---- axe -------------------------------------------------------------------
async function axeGroup(site) {
  const axeSource = read(require.resolve("axe-core/axe.min.js"));
  const pages = withChooser(site, pageTypes(site));
  await withSite(site, async (browser, server) => {
    for (const w of WIDTHS) {
      const ctx = await context(browser, server, site, { viewport: { width: w.width, height: w.height } });
      const page = await ctx.newPage();
      for (const p of pages) {
        await page.goto(addressOf(server, p));
        await page.waitForLoadState("networkidle");
        // Evaluated through the DevTools protocol, so the pages' strict CSP
        // stays as it is.
        await page.evaluate(axeSource);
        const result = await page.evaluate(
          (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
          AXE_TAGS
        );
        const v = result.violations;
        note(`axe ${describe(p)} ${w.width}px: ${v.length} violations`);
        for (const violation of v) {
          const targets = violation.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ");
          check(false, `${describe(p)} ${w.width}px (${p.urlPath}): ${violation.id} [${violation.impact}] ${violation.help}: ${targets}`);
        }
        if (v.length === 0) check(true, "");
      }
      await ctx.close();
    }
  });
}

// ---- keyboard -----------------------------------------------------------
// Presses Tab until focus comes back round (or 250 times) and records what
// each stop was and whether its focus can be seen.
async function tabStops(page) {
  const stops = [];
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visibleFocus =
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
        (style.boxShadow && style.boxShadow !== "none");
      const box = el.getBoundingClientRect();
      return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        cls: el.className || "",
        href: el.getAttribute("href") || "",
        rel: el.getAttribute("rel") || "",
        text: (el.textContent || "").trim().slice(0, 60),
        inSwitch: !!el.closest(".language-switch"),
        visibleFocus,
        onScreen: box.width > 0 && box.height > 0,
        key: el.tagName + "|" + (el.id || "") + "|" + (el.getAttribute("href") || "") + "|" + (el.textContent || "").trim(),
      };
    });
    if (!stop) continue;
    if (stops.length && stop.key === stops[0].key) break; // round again
    stops.push(stop);
  }
  return stops;
}

async function keyboardGroup(site) {
  const pages = pageTypes(site);
  const clusters = pages.filter((p) => p.type === "cluster");
  await withSite(site, async (browser, server) => {
    for (const w of WIDTHS) {
      const ctx = await context(browser, server, site, { viewport: { width: w.width, height: w.height } });
      const page = await ctx.newPage();
      for (const p of clusters) {
        const where = `${describe(p)} ${w.width}px`;
        await page.goto(addressOf(server, p));
        const stops = await tabStops(page);
        check(stops.length > 10, `${where}: only ${stops.length} tab stops`);
        check(stops[0] && stops[0].cls.includes("skip-link") && stops[0].onScreen,
          `${where}: the first Tab does not show the skip link (${stops[0] && stops[0].text})`);
        check(stops.some((s) => s.inSwitch && s.rel === "alternate"), `${where}: Tab never reaches the language switch`);
        check(stops.some((s) => s.id === "site-search-q"), `${where}: Tab never reaches the search box`);
        const docs = await page.$$eval("a.document-title", (as) => as.map((a) => a.getAttribute("href")));
        check(docs.length > 0, `${where}: the cluster page lists no documents`);
        for (const href of docs)
          check(stops.some((s) => s.href === href), `${where}: Tab never reaches the document link ${href}`);
        // Every document's PDF and the whole pack's PDF.
        const pdfs = await page.$$eval("a.document-pdf, .pdf-download a", (as) => as.map((a) => a.getAttribute("href")));
        check(pdfs.length > docs.length, `${where}: ${pdfs.length} PDF links for ${docs.length} documents (and the pack)`);
        for (const href of pdfs)
          check(stops.some((s) => s.href === href), `${where}: Tab never reaches the PDF link ${href}`);
        for (const s of stops)
          check(s.visibleFocus, `${where}: no visible focus on ${s.tag} "${s.text}"`);
        // The skip link moves focus to the main content.
        await page.goto(addressOf(server, p));
        await page.keyboard.press("Tab");
        await page.keyboard.press("Enter");
        const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
        check(focused === "main", `${where}: the skip link leaves focus on '${focused}', not main`);
      }
      // A document's page and the guide: Tab reaches the PDF download.
      for (const p of pages.filter((q) => ["terms-of-reference", "risk-register", "guide"].includes(q.type))) {
        const where = `${describe(p)} ${w.width}px`;
        await page.goto(addressOf(server, p));
        const pdfs = await page.$$eval(".pdf-download a", (as) => as.map((a) => a.getAttribute("href")));
        if (!check(pdfs.length === 1, `${where}: ${pdfs.length} PDF download links, expected 1`)) continue;
        const stops = await tabStops(page);
        const stop = stops.find((s) => s.href === pdfs[0]);
        check(stop, `${where}: Tab never reaches the PDF link ${pdfs[0]}`);
        check(!stop || stop.visibleFocus, `${where}: no visible focus on the PDF link`);
      }
      // The search page: its box is reached by keyboard and Enter searches.
      for (const p of pages.filter((q) => q.type === "search")) {
        const where = `${describe(p)} ${w.width}px`;
        await page.goto(addressOf(server, p));
        let reached = false;
        for (let i = 0; i < 60 && !reached; i++) {
          await page.keyboard.press("Tab");
          reached = await page.evaluate(() => document.activeElement && document.activeElement.id === "search-q");
        }
        if (check(reached, `${where}: Tab never reaches the search box`)) {
          await page.keyboard.type(p.lang === "cy" ? "cworwm" : "quorum");
          await page.keyboard.press("Enter");
          const found = await page
            .waitForSelector(".search-results li a", { timeout: 10000 })
            .then(() => true, () => false);
          check(found, `${where}: typing in the search box and pressing Enter shows no result`);
        }
      }
      await ctx.close();
    }
  });
}

// ---- language switch ----------------------------------------------------
async function switchGroup(site) {
  const pages = pageTypes(site).filter((p) => p.type !== "404");
  const byType = {};
  for (const p of pages) (byType[p.type] = byType[p.type] || {})[p.lang] = p;
  await withSite(site, async (browser, server) => {
    const ctx = await context(browser, server, site);
    const page = await ctx.newPage();
    for (const [type, langs] of Object.entries(byType)) {
      for (const [from, to] of [["en", "cy"], ["cy", "en"]]) {
        const a = langs[from];
        const b = langs[to];
        if (!a || !b) continue;
        await page.goto(server.url + a.urlPath);
        const link = page.locator(`nav.language-switch a[hreflang="${to}"]`);
        if (!check((await link.count()) === 1, `${from} ${type}: no language switch link to ${to}`)) continue;
        // By keyboard, as someone without a mouse would.
        await link.focus();
        await Promise.all([page.waitForLoadState("load"), page.keyboard.press("Enter")]);
        await page.waitForURL((u) => !u.pathname.endsWith(a.urlPath));
        const landed = urlPathOf(page.url());
        check(landed === b.urlPath, `${from} ${type}: the switch lands on ${landed}, expected ${b.urlPath}`);
        const lang = await page.getAttribute("html", "lang");
        check(lang === to, `${from} ${type}: the page switched to has lang=${lang}`);
        const current = await page.textContent("nav.language-switch [aria-current]");
        check(current && current.trim().length > 0, `${from} ${type}: the switch does not mark the current language`);
      }
    }
    await ctx.close();
  });
}

// ---- search -------------------------------------------------------------
async function searchGroup(site) {
  const pages = pageTypes(site);
  const search = Object.fromEntries(pages.filter((p) => p.type === "search").map((p) => [p.lang, p]));
  const home = Object.fromEntries(pages.filter((p) => p.type === "home").map((p) => [p.lang, p]));
  check(fs.existsSync(path.join(site, "en", "pagefind", "pagefind.js")), "no English search index (en/pagefind/)");
  check(fs.existsSync(path.join(site, "cy", "pagefind", "pagefind.js")), "no Welsh search index (cy/pagefind/)");
  const queries = { cy: "cworwm", en: "quorum" };
  await withSite(site, async (browser, server) => {
    const ctx = await context(browser, server, site);
    const page = await ctx.newPage();
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    for (const lang of ["cy", "en"]) {
      const p = search[lang];
      if (!p) continue;
      errors.length = 0;
      await page.goto(addressOf(server, p));
      await page.fill("#search-q", queries[lang]);
      await page.press("#search-q", "Enter");
      const ok = await page.waitForSelector(".search-results li a", { timeout: 15000 }).then(() => true, () => false);
      if (!check(ok, `${lang}: searching for '${queries[lang]}' shows no result`)) continue;
      const hrefs = await page.$$eval(".search-results li a", (as) => as.map((a) => a.href));
      const status = (await page.textContent(".search-status")) || "";
      note(`search ${lang} '${queries[lang]}': ${hrefs.length} results shown; status: ${status.trim()}`);
      check(status.includes(queries[lang]), `${lang}: the result count does not repeat the query: ${status}`);
      for (const h of hrefs) check(new URL(h).pathname.startsWith(`/${lang}/`), `${lang}: a result is outside /${lang}/: ${h}`);
      check(errors.length === 0, `${lang}: errors in the console while searching: ${errors.join(" | ")}`);
      // The first result is a page in the same language that has the word.
      await page.goto(hrefs[0]);
      check((await page.getAttribute("html", "lang")) === lang, `${lang}: the first result ${hrefs[0]} is not in ${lang}`);
      const text = ((await page.textContent("main")) || "").toLowerCase();
      check(text.includes(queries[lang]), `${lang}: the first result ${hrefs[0]} does not contain '${queries[lang]}'`);
    }
    // The menu bar's search form leads to the search page's results.
    if (home.cy) {
      await page.goto(server.url + home.cy.urlPath);
      await page.fill("#site-search-q", "cworwm");
      await Promise.all([page.waitForURL(/q=cworwm/), page.press("#site-search-q", "Enter")]);
      const ok = await page.waitForSelector(".search-results li a", { timeout: 15000 }).then(() => true, () => false);
      check(ok, "cy: the menu bar's search form does not lead to results");
    }
    await ctx.close();

    // Without an index: a clear message, not a broken box.
    const bare = await context(browser, server, site);
    await bare.route(/\/pagefind\//, (route) => route.fulfill({ status: 404, body: "" }));
    const page2 = await bare.newPage();
    for (const lang of ["en", "cy"]) {
      if (!search[lang]) continue;
      await page2.goto(server.url + search[lang].urlPath);
      const shown = await page2.waitForSelector(".search-unavailable", { state: "visible", timeout: 10000 }).then(() => true, () => false);
      check(shown, `${lang}: no message on the search page when the index is absent`);
      check(!(await page2.isVisible("#search-q")), `${lang}: the search box is still shown without an index`);
      const text = ((await page2.textContent(".search-unavailable")) || "").trim();
      note(`search ${lang} without an index: "${text}"`);
      check((await page2.getAttribute("html", "lang")) === lang && text.length > 20, `${lang}: the message is missing`);
    }
    await bare.close();

    // Without JavaScript: the search page says so, and the site still works.
    const nojs = await context(browser, server, site, { javaScriptEnabled: false });
    const page3 = await nojs.newPage();
    for (const lang of ["en", "cy"]) {
      if (!search[lang]) continue;
      await page3.goto(server.url + search[lang].urlPath + "?q=x");
      const text = ((await page3.textContent("noscript")) || "").trim();
      check(await page3.isVisible(".search noscript + *, .search .notice >> nth=0"), `${lang}: nothing shown without JavaScript`);
      check(text.length > 20, `${lang}: no message on the search page without JavaScript`);
    }
    if (home.en) {
      await page3.goto(server.url + home.en.urlPath);
      await Promise.all([page3.waitForLoadState("load"), page3.click("nav.site-nav a >> nth=1")]);
      check((await page3.textContent("h1")).trim().length > 0, "without JavaScript the menu does not lead to a page");
      await page3.goto(server.url + home.en.urlPath);
      await page3.fill("#site-search-q", "quorum");
      await Promise.all([page3.waitForURL(/q=quorum/), page3.press("#site-search-q", "Enter")]);
      check(true, "");
    }
    await nojs.close();
  });
}

// ---- screenshots ----------------------------------------------------------
async function screenshotGroup(site, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const pages = withChooser(site, pageTypes(site));
  await withSite(site, async (browser, server) => {
    for (const w of WIDTHS) {
      const ctx = await context(browser, server, site, { viewport: { width: w.width, height: w.height } });
      await ctx.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      const page = await ctx.newPage();
      for (const p of pages) {
        const where = `${describe(p)} ${w.width}px`;
        await page.goto(addressOf(server, p));
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(150);
        // What a person sees on opening the page, and the whole page.
        const file = path.join(dir, `${p.lang}-${p.type}-${w.width}.png`);
        await page.screenshot({ path: file });
        await page.screenshot({ path: file.replace(/\.png$/, "-full.png"), fullPage: true });
        check(fs.statSync(file).size > 1000, `${where}: the screenshot ${file} is empty`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        check(overflow <= 0, `${where}: the page scrolls sideways by ${overflow}px`);
        const shift = await page.evaluate(() => window.__shift);
        check(shift < 0.01, `${where}: layout shift ${shift.toFixed(3)} while loading`);
        const sheet = await page.evaluate(() => getComputedStyle(document.body).margin);
        check(sheet === "0px", `${where}: the stylesheet did not load`);
      }
      await ctx.close();
    }
    // The print stylesheet: no menus, search or footer on paper, the
    // content full width; a screenshot of each page type as printed.
    const printed = await context(browser, server, site, { viewport: { width: 794, height: 1123 } });
    const paper = await printed.newPage();
    await paper.emulateMedia({ media: "print" });
    for (const p of pages.filter((q) => q.lang === "en" || q.type === "cluster")) {
      await paper.goto(addressOf(server, p));
      const hidden = await paper.evaluate(() =>
        [".site-header", ".site-nav", ".site-footer", ".skip-link", ".pdf-download"].filter((sel) => {
          const el = document.querySelector(sel);
          return el && getComputedStyle(el).display !== "none";
        })
      );
      check(hidden.length === 0, `${describe(p)} print: still shown on paper: ${hidden.join(", ")}`);
      await paper.screenshot({ path: path.join(dir, `${p.lang}-${p.type}-print.png`), fullPage: true });
    }
    await printed.close();
  });
  note(`screenshots saved in ${dir}`);
}

// ---- XSS fixture ----------------------------------------------------------
async function xssGroup(args) {
  if (!fs.existsSync(args.source)) {
    console.log(`SKIPPED: the XSS fixture site ${args.source} does not exist yet; nothing to load`);
    process.exit(SKIP);
  }
  fs.rmSync(args.output, { recursive: true, force: true });
  const build = spawnSync(args.clusterpack, ["build", "--source", args.source, "--output", args.output], { encoding: "utf8" });
  if (!check(build.status === 0, `the XSS fixture site does not build (exit ${build.status}):\n${build.stderr}`)) return;
  const files = [];
  (function walk(dir) {
    for (const name of fs.readdirSync(dir)) {
      const f = path.join(dir, name);
      if (fs.statSync(f).isDirectory()) walk(f);
      else if (name.endsWith(".html")) files.push(path.relative(args.output, f));
    }
  })(args.output);
  check(files.length > 0, "the XSS fixture site has no pages");
  // Twice: as published (with the pages' Content-Security-Policy), and
  // with the policy switched off, which proves the escaping alone keeps
  // every payload inert (the policy is a second line of defence).
  await withSite(args.output, async (browser, server) => {
    for (const bypassCSP of [false, true]) {
      const mode = bypassCSP ? "without CSP" : "with CSP";
      const ctx = await context(browser, server, args.output, { bypassCSP });
      await ctx.addInitScript(() => {
        window.__violations = [];
        window.__ran = [];
        document.addEventListener("securitypolicyviolation", (e) =>
          window.__violations.push(`${e.violatedDirective} ${e.blockedURI || ""} ${e.sample || ""}`.trim())
        );
        // Every payload calls one of these; a call means a script ran.
        for (const name of ["alert", "confirm", "prompt", "print"])
          window[name] = (...a) => window.__ran.push(`${name}(${a.join(",")})`);
      });
      const page = await ctx.newPage();
      let dialogs = [];
      page.on("dialog", (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        d.dismiss().catch(() => {});
      });
      for (const rel of files.sort()) {
        dialogs = [];
        // A 404 page is served at a missing address of the site's own host
        // (its links are absolute).
        const base = siteBase(args.output);
        const parts = rel.split(path.sep);
        const url =
          parts[parts.length - 1] === "404.html" && base
            ? `${base}${parts[0]}/no-such-page/`
            : server.url + "/" + parts.join("/");
        await page.goto(url);
        await page.waitForLoadState("networkidle");
        // Give event-handler payloads (onload, onerror, ontoggle) their
        // chance: open every <details>, then wait a moment.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        await page.waitForTimeout(50);
        check(dialogs.length === 0, `${mode} ${rel}: a dialog opened: ${dialogs.join(" | ")}`);
        const found = await page.evaluate(() => {
          const problems = window.__ran.map((r) => "script ran: " + r);
          for (const s of document.querySelectorAll("script")) {
            const src = s.getAttribute("src") || "";
            if (!/(^|\/)assets\/search\.js$/.test(src) || s.textContent.trim()) problems.push("script " + (src || s.textContent.slice(0, 60)));
          }
          for (const el of document.querySelectorAll("*")) {
            for (const attr of el.attributes) {
              const name = attr.name.toLowerCase();
              const value = attr.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
              if (name.startsWith("on")) problems.push(`${el.tagName} ${name}=`);
              if (/^(javascript|vbscript|data:text\/html)/.test(value) && /href|src|action|data|formaction/.test(name))
                problems.push(`${el.tagName} ${name}=${attr.value.slice(0, 60)}`);
            }
          }
          for (const el of document.querySelectorAll("iframe, object, embed, base, body meta, form:not([role=search])"))
            problems.push("element " + el.tagName);
          return problems.concat(window.__violations.map((v) => "CSP blocked: " + v));
        });
        check(found.length === 0, `${mode} ${rel}: ${found.join(" | ")}`);
        // The page still has its policy, as published.
        const csp = await page.$$eval('head meta[http-equiv="Content-Security-Policy"]', (m) => m.length);
        check(csp === 1, `${rel}: ${csp} Content-Security-Policy meta elements in the head, expected 1`);
      }
      await ctx.close();
    }
  });
  note(`XSS fixture: ${files.length} pages loaded`);
}

// ---- main -------------------------------------------------------------------
(async () => {
  const args = parseArgs(process.argv.slice(2));
  const site = args.site && path.resolve(args.site);
  if (args.group !== "xss" && (!site || !fs.existsSync(path.join(site, "en", "index.html")))) {
    console.error(`no built site at ${site}: build it first (clusterpack build --output DIR)`);
    process.exit(1);
  }
  const groups = {
    axe: () => axeGroup(site),
    keyboard: () => keyboardGroup(site),
    switch: () => switchGroup(site),
    search: () => searchGroup(site),
    screenshots: () => screenshotGroup(site, path.resolve(args.screenshots || "screenshots")),
    xss: () => xssGroup({ ...args, source: path.resolve(args.source), output: path.resolve(args.output) }),
  };
  if (!groups[args.group]) {
    console.error(`unknown group '${args.group}': ${Object.keys(groups).join(", ")}`);
    process.exit(2);
  }
  try {
    await groups[args.group]();
  } catch (e) {
    check(false, `${args.group}: ${e.stack || e}`);
  }
  finish();
})();
