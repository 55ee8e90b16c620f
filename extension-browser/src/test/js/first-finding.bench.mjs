// Benchmark, not a test (run by hand; docs/browser-performance.md has the numbers): the page-side time to the first
// finding on a Spark UI execution page, from the click on "Analyze plan" to the first finding in the panel, with the
// background running (warm) and with a background the browser had stopped because it was idle (cold: the click's
// message starts it again, and it loads engine.js before it answers).
//
//   eval "$(scripts/spark-fixture start)"; cd extension-browser
//   node src/test/js/first-finding.bench.mjs
//   (BRICKOPTIMA_BROWSERS=chromium|firefox; BRICKOPTIMA_TARGET=<another build's target folder>;
//    BRICKOPTIMA_BENCH_WARM / _COLD: samples, default 10 and 3)
//
// The e2e harness attaches DevTools to the service worker, which keeps it alive, so this script launches its own
// browsers: Chromium without attaching to service workers (it stops an idle one after 30 s), Firefox with the event
// page's idle timeout lowered to 3 s. Prints one JSON line per browser.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumDir, firefoxDir } from './paths.mjs';

const url = process.env.BRICKOPTIMA_SPARK_FIXTURE_URL;
if (!url) throw new Error('start the fixture first: eval "$(scripts/spark-fixture start)"');
// the fixture's cross join: one finding, the case every other measurement of the extension uses too
const execution = JSON.parse(readFileSync(process.env.BRICKOPTIMA_SPARK_FIXTURE_STATE, 'utf8')).executions.cartesian;
const browsers = (process.env.BRICKOPTIMA_BROWSERS || 'chromium,firefox').split(',').map((x) => x.trim());
const WARM = Number(process.env.BRICKOPTIMA_BENCH_WARM || 10);
const COLD = Number(process.env.BRICKOPTIMA_BENCH_COLD || 3);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function chromium() {
  const profile = mkdtempSync(join(tmpdir(), 'brickoptima-bench-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.BRICKOPTIMA_CHROMIUM || '/usr/bin/chromium', headless: true, pipe: true, userDataDir: profile,
    enableExtensions: [chromiumDir], args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
    targetFilter: (t) => t.type() !== 'service_worker'
  });
  const cdp = await browser.target().createCDPSession();
  const workers = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker').length;
  return {
    browser,
    async idle() { // until Chromium stopped the worker (30 s without events)
      const deadline = Date.now() + 120000;
      while (await workers() > 0) {
        if (Date.now() > deadline) throw new Error('the service worker did not stop');
        await sleep(1000);
      }
    },
    close: async () => { await browser.close(); rmSync(profile, { recursive: true, force: true }); }
  };
}

async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox', protocol: 'webDriverBiDi', executablePath: process.env.BRICKOPTIMA_FIREFOX || '/usr/bin/firefox-esr',
    headless: true, extraPrefsFirefox: { 'extensions.background.idle.timeout': 3000 }
  });
  await browser.installExtension(firefoxDir);
  return { browser, idle: () => sleep(8000), close: () => browser.close() };
}

/** Milliseconds from the click on "Analyze plan" to the first finding, on a fresh execution page. */
async function firstFinding(browser) {
  const p = await browser.newPage();
  await p.goto(`${url}/SQL/execution/?id=${execution}`);
  await p.waitForSelector('.brickoptima-analyze-plan', { timeout: 30000 });
  await p.waitForSelector('#plan-viz-graph svg', { timeout: 30000 });
  await p.evaluate(() => {
    window.__boFirst = null;
    window.addEventListener('click', () => {
      const t0 = performance.now();
      new MutationObserver((_, o) => {
        if (document.querySelector('.brickoptima-finding')) { window.__boFirst = performance.now() - t0; o.disconnect(); }
      }).observe(document.body, { childList: true, subtree: true });
    }, { capture: true, once: true });
  });
  await p.click('.brickoptima-analyze-plan');
  await p.waitForFunction(() => window.__boFirst !== null, { timeout: 60000 });
  const ms = await p.evaluate(() => window.__boFirst);
  await p.close();
  return Math.round(ms);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

for (const name of browsers) {
  const b = await (name === 'chromium' ? chromium() : firefox());
  try {
    await firstFinding(b.browser); // the first page load of a fresh profile, not counted
    const warm = [];
    for (let i = 0; i < WARM; i++) warm.push(await firstFinding(b.browser));
    const cold = [];
    for (let i = 0; i < COLD; i++) {
      await b.idle();
      cold.push(await firstFinding(b.browser));
    }
    console.log(JSON.stringify({ browser: await b.browser.version(), extension: name === 'chromium' ? chromiumDir : firefoxDir,
      warm: { median: median(warm), all: warm }, coldBackground: { median: median(cold), all: cold } }));
  } finally {
    await b.close();
  }
}
