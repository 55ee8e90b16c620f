// End to end: Debian's chromium (headless, never a downloaded browser) with the built, unpacked extension on the
// real Spark UI of the fixture application. Screenshots go to target/screenshots/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumDir, target, tpcdsPlansDir } from './paths.mjs';
import { startFixture } from './spark.mjs';

const CHROMIUM = process.env.BRICKOPTIMA_CHROMIUM || '/usr/bin/chromium';
const HOSTILE = '<img src=x onerror=alert(1)>';
const shots = join(target, 'screenshots');
let fixture;
let context;
let sw;
let profile;
const dialogs = [];

function watch(page) {
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  return page;
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  fixture = await startFixture();
  profile = mkdtempSync(join(tmpdir(), 'brickoptima-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [
      `--disable-extensions-except=${chromiumDir}`, `--load-extension=${chromiumDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync'
    ]
  });
  context.on('page', watch);
  sw = context.serviceWorkers()[0] || await context.waitForEvent('serviceworker', { timeout: 30000 });
}, { timeout: 600000 });

after(async () => {
  try { if (context) await context.close(); } finally {
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (fixture) fixture.stop();
  }
}, { timeout: 120000 });

function executionId(name) {
  const id = fixture.state.executions[name];
  assert.notEqual(id, undefined, `fixture query ${name}; has ${Object.keys(fixture.state.executions)}`);
  return id;
}

async function analyzeRow(page, id) {
  await page.locator(`.brickoptima-analyze[data-execution="${id}"]`).click();
  await page.waitForFunction((i) => {
    const b = document.querySelector(`.brickoptima-badge[data-execution="${i}"]`);
    return b && b.textContent && b.textContent !== '…';
  }, id, { timeout: 60000 });
  return page.locator(`.brickoptima-badge[data-execution="${id}"]`);
}

async function openExecution(id) {
  const page = watch(await context.newPage());
  await page.goto(`${fixture.url}/SQL/execution/?id=${id}`);
  await page.locator('.brickoptima-analyze-plan').waitFor({ timeout: 30000 });
  await page.locator('#plan-viz-graph svg').waitFor({ timeout: 30000 });
  await page.locator('.brickoptima-analyze-plan').click();
  await page.locator('.brickoptima-summary, .brickoptima-error-text').first().waitFor({ timeout: 60000 });
  return page;
}

test('SQL list: Analyze buttons, a badge with counts by severity (cartesian vs clean)', { timeout: 300000 }, async () => {
  const page = watch(await context.newPage());
  await page.goto(`${fixture.url}/SQL/`);
  await page.locator('.brickoptima-analyze').first().waitFor({ timeout: 30000 });
  const buttons = await page.locator('.brickoptima-analyze').count();
  assert.ok(buttons >= Object.keys(fixture.state.executions).length, `buttons: ${buttons}`);

  const bad = await analyzeRow(page, executionId('cartesian'));
  assert.match(await bad.getAttribute('class'), /brickoptima-(error|warning)/);
  assert.match(await bad.textContent(), /\d+ (error|warning)/);
  assert.match(await bad.getAttribute('title'), /artesian/);

  const clean = await analyzeRow(page, executionId('clean-agg'));
  assert.equal(await clean.textContent(), 'no findings');
  await page.screenshot({ path: join(shots, 'sql-list.png'), fullPage: true });
  await page.close();
});

test('execution page: the cartesian finding, and clicking it outlines its operator in the graph', { timeout: 300000 }, async () => {
  const page = await openExecution(executionId('cartesian'));
  const finding = page.locator('.brickoptima-finding[data-rule*="cartesian"]').first();
  await finding.waitFor();
  const text = await finding.textContent();
  assert.match(text, /CartesianProduct/);
  assert.match(text, /Fix:/);
  await finding.click();
  await page.locator('#plan-viz-graph .brickoptima-highlight').waitFor({ timeout: 10000 });
  const highlighted = await page.locator('#plan-viz-graph .brickoptima-highlight').getAttribute('class');
  assert.match(highlighted, /node_\d+/);
  await page.screenshot({ path: join(shots, 'execution-cartesian.png'), fullPage: true });
  await page.close();
});

test('execution page: stage task metrics give the skew finding', { timeout: 300000 }, async () => {
  const page = await openExecution(executionId('skew'));
  const rules = await page.locator('.brickoptima-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
  assert.ok(rules.includes('plan-skew'), rules.join());
  await page.screenshot({ path: join(shots, 'execution-skew.png'), fullPage: true });
  await page.close();
});

test('execution page: a clean execution shows no findings', { timeout: 300000 }, async () => {
  for (const name of ['clean-agg', 'clean-join']) {
    const page = await openExecution(executionId(name));
    assert.match(await page.locator('.brickoptima-summary').textContent(), /no findings/);
    assert.equal(await page.locator('.brickoptima-finding').count(), 0);
    if (name === 'clean-agg') await page.screenshot({ path: join(shots, 'execution-clean.png'), fullPage: true });
    await page.close();
  }
});

test('hostile description: markup shows as text and never runs', { timeout: 300000 }, async () => {
  const id = executionId('markup');
  const list = watch(await context.newPage());
  await list.goto(`${fixture.url}/SQL/`);
  await analyzeRow(list, id);
  const page = await openExecution(id);
  const description = page.locator('.brickoptima-description');
  assert.ok((await description.textContent()).includes(HOSTILE), await description.textContent());
  assert.equal(await page.locator('.brickoptima-panel img, .brickoptima-cell img').count(), 0);
  await page.screenshot({ path: join(shots, 'execution-hostile.png'), fullPage: true });

  const extensionId = new URL(sw.url()).host;
  const popup = watch(await context.newPage());
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('ul.recent li').first().waitFor();
  const titles = await popup.locator('ul.recent .title').allTextContents();
  assert.ok(titles.some((t) => t.includes(HOSTILE)), titles.join(' | '));
  assert.equal(await popup.locator('ul.recent img').count(), 0);
  await popup.screenshot({ path: join(shots, 'popup.png') });
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(dialogs, [], 'no script from a description may run');
  await Promise.all([list.close(), page.close(), popup.close()]);
});

test('fallback: without the REST API the plan text of the page is analysed', { timeout: 300000 }, async () => {
  const blocked = (route) => route.fulfill({ status: 404, body: 'no REST here' });
  await context.route('**/api/v1/**', blocked);
  try {
    const page = await openExecution(executionId('cartesian'));
    assert.match(await page.locator('.brickoptima-summary').textContent(), /plan text of the page/);
    const finding = page.locator('.brickoptima-finding[data-rule*="cartesian"]').first();
    await finding.click();
    await page.locator('#plan-viz-graph .brickoptima-highlight').waitFor({ timeout: 10000 });
    await page.screenshot({ path: join(shots, 'execution-fallback.png'), fullPage: true });
    await page.close();
    const list = watch(await context.newPage());
    await list.goto(`${fixture.url}/SQL/`);
    await list.locator('.brickoptima-analyze').first().waitFor({ timeout: 30000 });
    const badge = await analyzeRow(list, executionId('cartesian'));
    assert.match(await badge.getAttribute('title'), /artesian/);
    await list.close();
  } finally {
    await context.unroute('**/api/v1/**', blocked);
  }
});

test('context menu path: selected SQL is analysed and shown in the result window', { timeout: 120000 }, async () => {
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('result.html'), timeout: 30000 });
  await sw.evaluate((text) => self.BrickOptimaBackground.analyzeAndShow(text, 'e2e'), 'SELECT * FROM sales WHERE region = NULL');
  const result = await opened;
  await result.locator('.finding').first().waitFor();
  const rules = await result.locator('.finding .rule').allTextContents();
  assert.ok(rules.includes('select-star') && rules.includes('null-comparison'), rules.join());
  await result.screenshot({ path: join(shots, 'result-selection.png') });
  await result.close();
});

test('performance: bundle size and in-browser analysis time of the largest TPC-DS plan', { timeout: 300000 }, async () => {
  const plans = readdirSync(tpcdsPlansDir).map((f) => join(tpcdsPlansDir, f)).sort((a, b) => statSync(b).size - statSync(a).size);
  const largest = plans[0];
  const text = readFileSync(largest, 'utf8');
  const timing = await sw.evaluate((planText) => {
    const e = self.BrickOptimaEngine;
    const t0 = performance.now();
    const first = JSON.parse(e.analyzePlan(planText));
    const cold = performance.now() - t0;
    const runs = [];
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      e.analyzePlan(planText);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    return { cold, median: runs[10], min: runs[0], findings: first.findings.length, error: first.error || null };
  }, text);
  assert.equal(timing.error, null);
  const queriesDir = join(tpcdsPlansDir, '..', 'queries');
  const query = readdirSync(queriesDir).map((f) => join(queriesDir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const sql = readFileSync(query, 'utf8');
  const sqlTiming = await sw.evaluate((q) => {
    const e = self.BrickOptimaEngine;
    const runs = [];
    let first;
    for (let i = 0; i < 11; i++) {
      const t = performance.now();
      const r = e.analyzeSql(q);
      runs.push(performance.now() - t);
      if (!first) first = JSON.parse(r);
    }
    const cold = runs[0];
    runs.sort((a, b) => a - b);
    return { cold, median: runs[5], findings: first.findings.length, error: first.error || null };
  }, sql);
  assert.equal(sqlTiming.error, null);
  const size = (f) => { const b = readFileSync(join(chromiumDir, f)); return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length }; };
  const report = {
    chromium: (await context.browser()?.version()) || 'chromium',
    plan: largest.slice(largest.indexOf('plans-v1_4')), planChars: text.length,
    coldMs: Math.round(timing.cold * 10) / 10, medianMs: Math.round(timing.median * 10) / 10, minMs: Math.round(timing.min * 10) / 10,
    findings: timing.findings,
    sqlQuery: query.slice(query.indexOf('queries')), sqlChars: sql.length,
    sqlColdMs: Math.round(sqlTiming.cold * 10) / 10, sqlMedianMs: Math.round(sqlTiming.median * 10) / 10, sqlFindings: sqlTiming.findings,
    engineJs: size('engine.js'), contentJs: size('content.js')
  };
  console.log('browser performance', JSON.stringify(report));
  writeFileSync(join(target, 'browser-performance.json'), JSON.stringify(report, null, 2));
  assert.ok(timing.median < 5000, `analysis took ${timing.median} ms`);
});
