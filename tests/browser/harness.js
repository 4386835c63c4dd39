// What the browser tests share: Debian's Chromium launched headless through
// playwright-core (the machine's network is closed, so Chromium's own
// background traffic is turned off), and the pass/fail tally they print.
"use strict";

const fs = require("node:fs");

let chromium;
try {
  ({ chromium } = require("playwright-core"));
} catch {
  console.error("playwright-core is not installed: run `npm install` in tests/browser (make test does it)");
  process.exit(1);
}

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} is missing: install Debian's chromium package (make test does it)`);
    process.exit(1);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

let passed = 0;
let failed = 0;
// Counts a check; prints 'FAIL message' at once when it fails.
function check(ok, message) {
  if (ok) passed++;
  else {
    failed++;
    console.log("FAIL " + message);
  }
  return ok;
}
// Prints 'N passed, N failed' and exits 1 when anything failed.
function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

module.exports = { launch, check, finish };
