#!/usr/bin/env node
// The live preview in a real browser (issue 8): `clusterpack serve` on a
// temporary copy of a fixture site, pages open in Debian's Chromium
// (playwright-core), then
//   - saving a cluster's YAML reloads the open page by itself, with the new text;
//   - saving a broken file shows the error overlay (file:line, message) in
//     the page's own language, and the page is not reloaded meanwhile;
//   - fixing the file clears the overlay and the page reloads with the fix.
//
//   node serve_reload.js --clusterpack BIN --source DIR
//
// Prints one line per problem and closes with 'N passed, N failed'.
"use strict";

const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");
const { spawn } = require("node:child_process");
const { launch, check, finish } = require("./harness");

const WAIT = 20000; // ms: a rebuild of the fixture takes well under a second

function option(name) {
  const i = process.argv.indexOf(name);
  if (i < 0 || i + 1 >= process.argv.length) {
    console.error(`usage: serve_reload.js --clusterpack BIN --source DIR (missing ${name})`);
    process.exit(2);
  }
  return process.argv[i + 1];
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Resolves once the server prints "Serving on".
function startServer(binary, site, port) {
  const child = spawn(binary, ["serve", "--source", site, "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("serve did not start: " + out)), 60000);
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("Serving on")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr.on("data", () => {});
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

// Marks the loaded document, so that a reload (a new document) is told
// apart from the same document changed in place.
async function mark(page) {
  await page.evaluate(() => {
    window.__clusterpackTestMark = true;
  });
}
const marked = (page) => page.evaluate(() => window.__clusterpackTestMark === true);

async function main() {
  const binary = path.resolve(option("--clusterpack"));
  const fixture = path.resolve(option("--source"));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "clusterpack-serve-browser-"));
  const site = path.join(work, "site");
  fs.cpSync(fixture, site, { recursive: true });
  const yaml = path.join(site, "content", "clusters", "powys", "north-powys.yaml");
  const original = fs.readFileSync(yaml, "utf8");
  const url = (port, p) => `http://127.0.0.1:${port}/${p}`;
  const pageEn = "en/health-boards/powys/north-powys/index.html";
  const pageCy = "cy/byrddau-iechyd/powys/north-powys/index.html";

  const port = await freePort();
  const server = await startServer(binary, site, port);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(url(port, pageEn));
    check((await page.textContent("body")).includes("North Powys Cluster"), "the cluster page did not load");
    // The Welsh page: its address comes from the English page's language switch.
    const welsh = await browser.newPage();
    const cyHref = await page.getAttribute('a[hreflang="cy"], a[lang="cy"]', "href").catch(() => null);
    await welsh.goto(cyHref ? new URL(cyHref, page.url()).href : url(port, pageCy));
    check((await welsh.getAttribute("html", "lang")) === "cy", "the Welsh page did not load");
    // Let the pages open their event streams and take the first build event.
    await page.waitForTimeout(500);

    // 1. A good edit: the open page reloads by itself with the new text.
    await mark(page);
    let reloaded = page.waitForEvent("load", { timeout: WAIT });
    fs.writeFileSync(yaml, original.replace("North Powys Cluster", "North Powys Live Cluster"));
    await reloaded.catch(() => null);
    await page
      .waitForFunction(() => document.body.innerText.includes("North Powys Live Cluster"), null, { timeout: WAIT })
      .catch(() => null);
    check(!(await marked(page)), "the page did not reload after its cluster's YAML was saved");
    check((await page.textContent("body")).includes("North Powys Live Cluster"), "the reloaded page lacks the new text");

    // 2. A broken file: the overlay, in each page's language; no reload.
    await mark(page);
    await mark(welsh);
    fs.writeFileSync(yaml, original.replace("population: 30000", "population: 30000\nquorom: 4"));
    const overlay = await page.waitForSelector("#clusterpack-overlay", { timeout: WAIT }).catch(() => null);
    check(overlay !== null, "no error overlay after a broken file was saved");
    if (overlay) {
      const text = await overlay.innerText();
      check(text.includes("north-powys.yaml:") && text.includes("quorom"), `the overlay lacks file:line and message: ${text}`);
      check(text.includes("The site could not be rebuilt"), "the English page's overlay is not in English");
      check((await overlay.getAttribute("role")) === "alertdialog", "the overlay is not an alertdialog");
    }
    check(await marked(page), "the page reloaded while the build was broken");
    check((await page.textContent("main")).includes("North Powys Live Cluster"), "the last good page is not kept");
    const overlayCy = await welsh.waitForSelector("#clusterpack-overlay", { timeout: WAIT }).catch(() => null);
    check(
      overlayCy !== null && (await overlayCy.innerText()).includes("Nid oedd modd ailadeiladu'r wefan"),
      "the Welsh page's overlay is missing or not in Welsh"
    );

    // 3. The fix: the overlay goes and the page reloads with the fixed text.
    reloaded = page.waitForEvent("load", { timeout: WAIT });
    fs.writeFileSync(yaml, original.replace("North Powys Cluster", "North Powys Fixed Cluster"));
    await reloaded.catch(() => null);
    await page
      .waitForFunction(() => document.body.innerText.includes("North Powys Fixed Cluster"), null, { timeout: WAIT })
      .catch(() => null);
    check((await page.$("#clusterpack-overlay")) === null, "the overlay stayed after the file was fixed");
    check(!(await marked(page)), "the page did not reload after the file was fixed");
    check((await page.textContent("body")).includes("North Powys Fixed Cluster"), "the fixed text is not shown");
    await welsh.waitForFunction(() => !document.getElementById("clusterpack-overlay"), null, { timeout: WAIT }).catch(() => null);
    check((await welsh.$("#clusterpack-overlay")) === null, "the Welsh page's overlay stayed after the fix");
  } finally {
    await browser.close();
    server.kill("SIGINT");
    fs.rmSync(work, { recursive: true, force: true });
  }
  finish();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
