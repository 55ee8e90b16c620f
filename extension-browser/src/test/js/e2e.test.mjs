// End to end, the same suite in Debian's chromium (CDP) and Debian's firefox-esr (WebDriver BiDi), each headless with
// the built, unpacked extension, on the real Spark UI of the fixture application and a real History Server over its
// event log. Screenshots go to target/screenshots/<browser>/; timings to target/browser-performance.json.
// BRICKOPTIMA_BROWSERS=chromium (or firefox) runs one browser; the Spark URLs come from spark.mjs (environment first).
// With BRICKOPTIMA_E2E_SPARK_LINE=4 (e2e-spark4.test.mjs) the tests that touch the Spark UI run on Spark 4.x; the
// ones about the extension alone (options, context menu, bundle performance) run only once, on the 3.5 run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BROWSERS } from './browsers.mjs';
import { samplesDir, target, tpcdsPlansDir } from './paths.mjs';
import { sparkLine, startFixture, startHistoryServer } from './spark.mjs';

const HOSTILE = '<img src=x onerror=alert(1)>';
const wanted = (process.env.BRICKOPTIMA_BROWSERS || 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);
for (const name of wanted) if (!BROWSERS[name]) throw new Error(`unknown browser ${name} in BRICKOPTIMA_BROWSERS`);

let fixture;
let history;
let proxy;
const timings = {};
/** Tests of the extension alone, not of a Spark UI: defined on the 3.5 run only. */
const extensionTest = sparkLine === '3.5' ? test : () => {};

before(async () => {
  fixture = await startFixture();
  history = await startHistoryServer(fixture.state);
  proxy = await startProxy(fixture.url, fixture.state.appId);
}, { timeout: 600000 });

after(async () => {
  try {
    if (Object.keys(timings).length) {
      const file = join(target, 'browser-performance.json');
      const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      writeFileSync(file, JSON.stringify({ ...previous, ...timings }, null, 2));
    }
  } finally {
    if (proxy) proxy.close();
    if (history) history.stop();
    if (fixture) fixture.stop();
  }
}, { timeout: 120000 });

/**
 * A reverse proxy on 127.0.0.2 (another host than the default match patterns cover) serving the fixture's UI under
 * /proxy/<appId>, as YARN's and Spark's own reverse proxies serve a driver UI: the host a user adds in the options
 * page. (Spark 4's SQL list reads the application id from that path.)
 */
function startProxy(upstream, appId) {
  const up = new URL(upstream);
  const PREFIX = `/proxy/${appId}`;
  const server = createServer((req, res) => {
    const path = req.url.startsWith(PREFIX) ? req.url.slice(PREFIX.length) || '/' : req.url;
    const out = httpRequest({ host: up.hostname, port: up.port, path, method: req.method, headers: { ...req.headers, host: up.host } }, (r) => {
      const headers = { ...r.headers };
      if (headers.location && headers.location.startsWith('/')) headers.location = PREFIX + headers.location;
      res.writeHead(r.statusCode, headers);
      r.pipe(res);
    });
    out.on('error', () => { res.writeHead(502); res.end('upstream error'); });
    req.pipe(out);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.2', () => resolve({
      origin: `http://127.0.0.2:${server.address().port}`, prefix: PREFIX, close: () => server.close()
    }));
  });
}

function executionId(name) {
  const id = fixture.state.executions[name];
  assert.notEqual(id, undefined, `fixture query ${name}; has ${Object.keys(fixture.state.executions)}`);
  return id;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

for (const name of wanted) {
  describe(name, () => {
    let s;
    const dialogs = [];
    const shots = join(target, 'screenshots', sparkLine === '3.5' ? name : `spark${sparkLine}-${name}`);

    async function page() {
      const p = await s.newPage();
      p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
      return p;
    }

    /**
     * The SQL list with every execution on show. Spark 4.1+ draws it by script, 20 rows a page: the test picks "All"
     * in its length menu, as a user would, and waits for the redrawn rows to get their buttons.
     */
    async function openList(url = `${fixture.url}/SQL/`) {
      const p = await page();
      await p.goto(url);
      await p.waitForSelector('.brickoptima-analyze', { timeout: 30000 });
      if (await p.$('select[name$="_length"]')) {
        await p.select('select[name$="_length"]', '-1');
        await p.waitForFunction((n) => {
          const rows = [...document.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('a[href*="execution/?id="]'));
          return rows.length >= n && rows.every((tr) => tr.querySelector('.brickoptima-analyze'));
        }, { timeout: 30000 }, Object.keys(fixture.state.executions).length);
      }
      return p;
    }

    async function badgeOf(p, id) {
      await p.waitForFunction((i) => {
        const b = document.querySelector(`.brickoptima-badge[data-execution="${i}"]`);
        return b && b.textContent && b.textContent !== '…';
      }, { timeout: 60000 }, String(id));
      return p.$eval(`.brickoptima-badge[data-execution="${id}"]`, (b) => ({
        text: b.textContent, cls: b.className, title: b.getAttribute('title'), href: b.getAttribute('href')
      }));
    }

    async function analyzeRow(p, id) {
      await p.click(`.brickoptima-analyze[data-execution="${id}"]`);
      return badgeOf(p, id);
    }

    async function openExecution(id, base = fixture.url) {
      const p = await page();
      await p.goto(`${base}/SQL/execution/?id=${id}`);
      await p.waitForSelector('.brickoptima-analyze-plan', { timeout: 30000 });
      await p.waitForSelector('#plan-viz-graph svg', { timeout: 30000 });
      await p.click('.brickoptima-analyze-plan');
      await p.waitForSelector('.brickoptima-summary, .brickoptima-error-text', { timeout: 60000 });
      return p;
    }

    const rulesOf = (p) => p.$$eval('.brickoptima-finding', (els) => els.map((e) => e.getAttribute('data-rule')));

    before(async () => {
      mkdirSync(shots, { recursive: true });
      s = await BROWSERS[name].launch();
    }, { timeout: 120000 });

    after(async () => { if (s) await s.close(); }, { timeout: 60000 });

    test('SQL list: Analyze buttons, a badge with counts by severity (cartesian vs clean)', { timeout: 300000 }, async () => {
      const p = await openList();
      const buttons = await p.$$eval('.brickoptima-analyze', (e) => e.length);
      assert.ok(buttons >= Object.keys(fixture.state.executions).length, `buttons: ${buttons}`);
      const bad = await analyzeRow(p, executionId('cartesian'));
      assert.match(bad.cls, /brickoptima-(error|warning)/);
      assert.match(bad.text, /\d+ (error|warning)/);
      assert.match(bad.title, /artesian/);
      const clean = await analyzeRow(p, executionId('clean-agg'));
      assert.equal(clean.text, 'no findings');
      await p.screenshot({ path: join(shots, 'sql-list.png'), fullPage: true });
      await p.close();
    });

    test('SQL list: "Analyze all" fills every badge, sorts worst first and filters by severity', { timeout: 300000 }, async () => {
      const p = await openList();
      const ids = await p.$$eval('.brickoptima-analyze', (els) => els.map((e) => e.getAttribute('data-execution')));
      // how many analyses run at once, seen from the page: busy badges
      await p.evaluate(() => {
        window.__maxBusy = 0;
        new MutationObserver(() => {
          window.__maxBusy = Math.max(window.__maxBusy, document.querySelectorAll('.brickoptima-badge.brickoptima-busy').length);
        }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
      });
      await p.click('.brickoptima-analyze-all');
      for (const id of ids) await badgeOf(p, id);
      await p.waitForFunction(() => !document.querySelector('.brickoptima-analyze-all').disabled, { timeout: 60000 });
      const maxBusy = await p.evaluate(() => window.__maxBusy);
      assert.ok(maxBusy >= 1 && maxBusy <= 3, `at most 3 analyses at once, saw ${maxBusy}`);
      assert.match(await p.$eval('.brickoptima-progress', (e) => e.textContent), new RegExp(`Analysed ${ids.length} of ${ids.length}`));

      await p.select('.brickoptima-sort', 'worst');
      const ranks = await p.$$eval('tr[data-brickoptima-severity]', (trs) => trs.map((t) => t.getAttribute('data-brickoptima-severity')));
      const order = { error: 5, warning: 4, info: 3, failed: 2, clean: 1, none: 0 };
      assert.deepEqual(ranks, [...ranks].sort((a, b) => order[b] - order[a]), `worst first: ${ranks}`);
      assert.ok(ranks.includes('clean') && ranks.some((r) => r === 'error' || r === 'warning'), ranks.join());

      await p.select('.brickoptima-filter', 'warning');
      const shown = await p.$$eval('tr[data-brickoptima-severity]', (trs) => trs.filter((t) => !t.hidden).map((t) => t.getAttribute('data-brickoptima-severity')));
      assert.ok(shown.length > 0 && shown.every((r) => r === 'error' || r === 'warning'), shown.join());
      const cleanRow = await p.$eval(`.brickoptima-badge[data-execution="${executionId('clean-agg')}"]`, (b) => b.closest('tr').hidden);
      assert.equal(cleanRow, true, 'a clean execution is hidden by "with errors or warnings"');
      await p.screenshot({ path: join(shots, 'sql-list-analyze-all.png'), fullPage: true });
      await p.select('.brickoptima-filter', 'all');
      assert.equal(await p.$$eval('tr[data-brickoptima-severity]', (trs) => trs.filter((t) => t.hidden).length), 0);
      await p.close();
    });

    test('execution page: the cartesian finding, its operator id on the graph, click outlines it, copyable fix, rule docs', { timeout: 300000 }, async () => {
      const p = await openExecution(executionId('cartesian'));
      await p.waitForSelector('.brickoptima-finding[data-rule*="cartesian"]');
      const f = await p.$eval('.brickoptima-finding[data-rule*="cartesian"]', (e) => ({
        text: e.textContent, op: e.getAttribute('data-operator'), node: e.getAttribute('data-graph-node')
      }));
      assert.match(f.text, /CartesianProduct/);
      assert.match(f.text, /Fix:/);
      assert.ok(f.op && f.node, JSON.stringify(f));
      await p.click('.brickoptima-finding[data-rule*="cartesian"] .brickoptima-message');
      await p.waitForSelector('#plan-viz-graph .brickoptima-highlight', { timeout: 10000 });
      const g = await p.$eval('#plan-viz-graph .brickoptima-highlight', (e) => ({
        cls: e.getAttribute('class'), id: e.id, label: e.textContent, opid: (e.querySelector('.brickoptima-opid') || {}).textContent
      }));
      // Spark 3.5 names a graph node by the class node_K, Spark 4 by the id nodeK
      assert.ok(new RegExp(`node_${f.node}\\b`).test(g.cls) || g.id === `node${f.node}`, JSON.stringify(g));
      assert.match(g.label, /CartesianProduct/);
      // the finding's "(N)" is written on the very graph node it outlines, and is the id of the page's plan text
      assert.equal(g.opid, `(${f.op})`);
      assert.match(f.text, new RegExp(`CartesianProduct[^(]*\\(${f.op}\\)`));
      const details = await p.$eval('#physical-plan-details pre', (e) => e.textContent);
      assert.match(details, new RegExp(`\\(${f.op}\\) CartesianProduct`));

      // the BROADCAST hint of the fix is there to paste
      const copy = await p.$eval('.brickoptima-finding[data-rule*="cartesian"] .brickoptima-copy-text', (e) => e.textContent);
      assert.match(copy, /^\/\*\+ BROADCAST\(\w+\) \*\/$/m);
      if (name === 'chromium') {
        await s.browser.defaultBrowserContext().overridePermissions(fixture.url, ['clipboard-read', 'clipboard-sanitized-write']);
      }
      // the clipboard needs a focused document: earlier tests opened other pages in this browser
      await p.bringToFront();
      // the click on the message scrolls smoothly to the graph node; on a loaded machine the scroll can still be
      // running, and a click aimed at the button's old position then misses it: wait until the page stands still
      await p.waitForFunction(() => new Promise((done) => {
        const y = scrollY;
        setTimeout(() => done(scrollY === y), 300);
      }), { timeout: 15000 });
      await p.click('.brickoptima-finding[data-rule*="cartesian"] .brickoptima-copy-button');
      await p.waitForFunction(() => /Copied|Selected/.test(document.querySelector('.brickoptima-finding[data-rule*="cartesian"] .brickoptima-copy-button').textContent), { timeout: 15000 });
      const how = await p.$eval('.brickoptima-finding[data-rule*="cartesian"] .brickoptima-copy-button', (e) => e.textContent);
      if (how !== 'Copied') {
        // a headless browser on a loaded machine sometimes leaves the clipboard promise pending (seen in Chromium and
        // Firefox): the button's fallback must then have selected exactly the fix text, ready for Ctrl+C
        assert.equal(how, 'Selected: press Ctrl+C');
        assert.equal(await p.evaluate(() => getSelection().toString().trim()), copy.trim());
        console.log(`note: the clipboard write stayed pending in ${name}; the selection fallback was checked instead`);
      } else {
        assert.equal(how, 'Copied');
        if (name === 'chromium') assert.equal(await p.evaluate(() => navigator.clipboard.readText()), copy);
      }
      await p.screenshot({ path: join(shots, 'execution-cartesian.png'), fullPage: true });

      // "About <rule>" opens the extension's rule page at that rule, generated from the rule metadata
      const rule = await p.$eval('.brickoptima-finding[data-rule*="cartesian"]', (e) => e.getAttribute('data-rule'));
      await p.click('.brickoptima-finding[data-rule*="cartesian"] .brickoptima-docs');
      const docs = await s.waitForExtensionPage(`rules.html#${rule}`);
      await docs.waitForSelector(`section.rule-doc.current h2`, { timeout: 30000 });
      const doc = await docs.$eval('section.rule-doc.current', (e) => ({ id: e.id, text: e.textContent }));
      assert.equal(doc.id, rule);
      assert.match(doc.text, /cartesian/i);
      await docs.close();

      // the panel collapses and opens again
      await p.click('.brickoptima-toggle');
      assert.equal(await p.$eval('.brickoptima-panel', (e) => e.hidden), true);
      assert.equal(await p.$eval('.brickoptima-toggle', (e) => e.getAttribute('aria-expanded')), 'false');
      await p.click('.brickoptima-toggle');
      assert.equal(await p.$eval('.brickoptima-panel', (e) => e.hidden), false);
      await p.close();
    });

    test('execution page: reached from a badge, it opens with the findings panel shown', { timeout: 300000 }, async () => {
      const list = await openList();
      const badge = await analyzeRow(list, executionId('cartesian'));
      assert.match(badge.href, /#brickoptima$/);
      await list.click(`.brickoptima-badge[data-execution="${executionId('cartesian')}"]`);
      await list.waitForSelector('.brickoptima-finding', { timeout: 60000 });
      assert.match(list.url(), /SQL\/execution\/\?id=\d+#brickoptima$/);
      assert.equal(await list.$eval('.brickoptima-panel', (e) => e.hidden), false);
      assert.ok((await rulesOf(list)).some((r) => r.includes('cartesian')));
      await list.close();
    });

    test('execution page: stage task metrics give the skew finding, its SET lines are copyable', { timeout: 300000 }, async () => {
      const p = await openExecution(executionId('skew'));
      assert.ok((await rulesOf(p)).includes('plan-skew'));
      const copies = await p.$$eval('.brickoptima-finding[data-rule="plan-skew"] .brickoptima-copy-text', (els) => els.map((e) => e.textContent));
      assert.ok(copies.includes('SET spark.sql.adaptive.enabled=true;\nSET spark.sql.adaptive.skewJoin.enabled=true;'), copies.join(' | '));
      await p.screenshot({ path: join(shots, 'execution-skew.png'), fullPage: true });
      await p.close();
    });

    test('execution page: a clean execution shows no findings', { timeout: 300000 }, async () => {
      for (const q of ['clean-agg', 'clean-join']) {
        const p = await openExecution(executionId(q));
        assert.match(await p.$eval('.brickoptima-summary', (e) => e.textContent), /no findings/);
        assert.equal((await rulesOf(p)).length, 0);
        await p.close();
      }
    });

    test('History Server: buttons and badges on its SQL list, findings on its execution page', { timeout: 300000 }, async () => {
      const base = `${history.url}/history/${fixture.state.appId}`;
      const p = await openList(`${base}/SQL/`);
      const badge = await analyzeRow(p, executionId('cartesian'));
      assert.match(badge.title, /artesian/);
      assert.ok(badge.href.startsWith(`/history/${fixture.state.appId}/SQL/execution/?id=`), badge.href);
      await p.screenshot({ path: join(shots, 'history-sql-list.png'), fullPage: true });
      await p.close();
      const e = await openExecution(executionId('skew'), base);
      assert.match(await e.$eval('.brickoptima-summary', (x) => x.textContent), /REST API/);
      assert.ok((await rulesOf(e)).includes('plan-skew'));
      await e.screenshot({ path: join(shots, 'history-execution.png'), fullPage: true });
      await e.close();
    });

    test('hostile description: markup shows as text and never runs; the popup keeps one entry per execution', { timeout: 300000 }, async () => {
      const id = executionId('markup');
      await s.inBackground((bg) => bg.chrome.storage.local.set({ recent: [] }));
      const list = await openList();
      await analyzeRow(list, id);
      const p = await openExecution(id);
      const description = await p.$eval('.brickoptima-description', (e) => e.textContent);
      assert.ok(description.includes(HOSTILE), description);
      assert.equal(await p.$$eval('.brickoptima-panel img, .brickoptima-cell img', (e) => e.length), 0);
      await p.screenshot({ path: join(shots, 'execution-hostile.png'), fullPage: true });

      const popup = await s.openExtensionPage('popup.html', 'ul.recent li');
      const entries = await popup.$$eval('ul.recent li', (lis) => lis.map((li) => ({
        title: li.querySelector('.title').textContent, counts: [...li.querySelectorAll('.count')].map((c) => c.className)
      })));
      const mine = entries.filter((e) => e.title.includes(HOSTILE));
      assert.equal(mine.length, 1, `one entry for the execution analysed from the list and from its page: ${JSON.stringify(entries)}`);
      assert.equal(await popup.$$eval('ul.recent img', (e) => e.length), 0);
      await popup.screenshot({ path: join(shots, 'popup.png') });
      await sleep(500);
      assert.deepEqual(dialogs, [], 'no script from a description may run');
      await Promise.all([list.close(), p.close(), popup.close()]);
    });

    test('popup: counts coloured by severity', { timeout: 300000 }, async () => {
      const list = await openList();
      await analyzeRow(list, executionId('cartesian'));
      await analyzeRow(list, executionId('clean-join'));
      await list.close();
      const popup = await s.openExtensionPage('popup.html', 'ul.recent li .count');
      const chips = await popup.$$eval('ul.recent .count', (cs) => cs.map((c) => ({ cls: c.className, text: c.textContent, color: getComputedStyle(c).color })));
      const clean = chips.find((c) => c.cls === 'count clean');
      const bad = chips.find((c) => /count (error|warning)/.test(c.cls));
      assert.ok(clean && bad, JSON.stringify(chips));
      assert.match(bad.text, /\d+ (error|warning)/);
      assert.notEqual(clean.color, bad.color);
      await popup.close();
    });

    test('fallback: without the REST API the plan text of the page is analysed', { timeout: 300000 }, async () => {
      const p = await page();
      await p.setRequestInterception(true);
      p.on('request', (r) => {
        if (r.isInterceptResolutionHandled()) return;
        if (r.url().includes('/api/v1/')) r.respond({ status: 404, contentType: 'text/plain', body: 'no REST here' });
        else r.continue();
      });
      await p.goto(`${fixture.url}/SQL/execution/?id=${executionId('cartesian')}`);
      await p.waitForSelector('.brickoptima-analyze-plan', { timeout: 30000 });
      await p.click('.brickoptima-analyze-plan');
      await p.waitForSelector('.brickoptima-summary, .brickoptima-error-text', { timeout: 60000 });
      assert.match(await p.$eval('.brickoptima-summary', (e) => e.textContent), /plan text of the page/);
      await p.click('.brickoptima-finding[data-rule*="cartesian"] .brickoptima-message');
      await p.waitForSelector('#plan-viz-graph .brickoptima-highlight', { timeout: 10000 });
      await p.screenshot({ path: join(shots, 'execution-fallback.png'), fullPage: true });
      await p.close();
    });

    extensionTest('options page: a wildcard is refused, and the pending state shows while the browser asks', { timeout: 120000 }, async () => {
      const o = await s.openExtensionPage('options.html', '#origin');
      await o.type('#origin', 'http://*');
      await o.click('#add-form button[type=submit]');
      await o.waitForFunction(() => document.getElementById('status').textContent !== '');
      assert.match(await o.$eval('#status', (e) => e.textContent), /wildcards/);
      assert.equal(await s.inBackground((bg) => bg.chrome.scripting.getRegisteredContentScripts().then((l) => l.length)), 0);
      if (name === 'chromium') {
        // headless Chromium shows its permission dialog where no driver can answer it: the request stays pending
        await o.$eval('#origin', (e) => { e.value = ''; });
        await o.type('#origin', `${proxy.origin}/`);
        await o.click('#add-form button[type=submit]');
        await o.waitForFunction(() => /Waiting for your answer/.test(document.getElementById('status').textContent));
        assert.match(await o.$eval('#status', (e) => e.className), /pending/);
        await o.screenshot({ path: join(shots, 'options-pending.png') });
      }
      await o.close();
    });

    if (name === 'firefox') {
      // Firefox answers permissions.request() itself under extensions.webextOptionalPermissionPrompts=false
      test('options page: adding an origin registers the content script there (distinct ids per host)', { timeout: 300000 }, async () => {
        const o = await s.openExtensionPage('options.html', '#origin');
        for (const origin of [proxy.origin, 'http://a-b.example', 'http://a.b.example']) {
          await o.$eval('#origin', (e) => { e.value = ''; });
          await o.type('#origin', origin);
          await o.click('#add-form button[type=submit]');
          await o.waitForFunction((x) => document.getElementById('status').textContent.startsWith('Added ' + x), {}, new URL(origin).origin);
        }
        await o.screenshot({ path: join(shots, 'options-added.png') });
        const scripts = await s.inBackground((bg) => bg.browser.scripting.getRegisteredContentScripts()
          .then((l) => l.map((x) => ({ id: x.id, matches: x.matches }))));
        const byMatch = Object.fromEntries(scripts.map((x) => [x.matches.join(), x.id]));
        assert.equal(scripts.length, 3, JSON.stringify(scripts));
        assert.ok(byMatch['http://a-b.example/*'] && byMatch['http://a.b.example/*'], JSON.stringify(scripts));
        assert.notEqual(byMatch['http://a-b.example/*'], byMatch['http://a.b.example/*']);
        await o.close();

        const p = await openList(`${proxy.origin}${proxy.prefix}/SQL/`);
        const badge = await analyzeRow(p, executionId('cartesian'));
        assert.match(badge.title, /artesian/);
        assert.ok(badge.href.startsWith(`${proxy.prefix}/SQL/execution/`), badge.href);
        await p.screenshot({ path: join(shots, 'proxied-origin-sql-list.png'), fullPage: true });
        await p.close();
      });
    }

    extensionTest('options page: thresholds come from the engine, and a changed one changes the finding', { timeout: 300000 }, async () => {
      const o = await s.openExtensionPage('options.html', '#thresholds input');
      const fields = await o.$$eval('#thresholds input', (is) => is.map((i) => ({ key: i.name, def: i.getAttribute('data-default') })));
      const skew = fields.find((f) => f.key === 'plan-skew.factor');
      assert.deepEqual(skew, { key: 'plan-skew.factor', def: '5' });
      const catalog = await s.inBackground((bg) => JSON.parse(bg.BrickOptimaBackground.engine().catalog()));
      const declared = catalog.rules.flatMap((r) => r.thresholds.map((t) => t.key));
      assert.deepEqual(fields.map((f) => f.key), declared);
      // a bad value is refused with the key named, nothing saved
      await o.type('input[name="plan-skew.factor"]', '-3');
      await o.click('#threshold-save');
      await o.waitForFunction(() => document.getElementById('threshold-status').textContent !== '');
      assert.match(await o.$eval('#threshold-status', (e) => e.textContent), /plan-skew\.factor must be a number/);
      // a skew factor above what the fixture's stage shows: the skew finding goes away
      await o.$eval('input[name="plan-skew.factor"]', (e) => { e.value = ''; });
      await o.type('input[name="plan-skew.factor"]', '100000');
      await o.click('#threshold-save');
      await o.waitForFunction(() => /Saved 1 threshold/.test(document.getElementById('threshold-status').textContent));
      await o.screenshot({ path: join(shots, 'options-thresholds.png'), fullPage: true });
      const p = await openExecution(executionId('skew'));
      assert.ok(!(await rulesOf(p)).includes('plan-skew'), (await rulesOf(p)).join());
      await p.close();
      await o.click('#threshold-reset');
      await o.waitForFunction(() => /default again/.test(document.getElementById('threshold-status').textContent));
      const again = await openExecution(executionId('skew'));
      assert.ok((await rulesOf(again)).includes('plan-skew'));
      await Promise.all([o.close(), again.close()]);
    });

    extensionTest('context menu path: selected SQL is analysed and shown in the result window', { timeout: 120000 }, async () => {
      // No driver can click the browser's own context menu: the test calls what the menu's click handler calls.
      await s.inBackground((bg, text) => { bg.BrickOptimaBackground.analyzeAndShow(text, 'e2e'); }, 'SELECT * FROM sales WHERE region = NULL');
      const result = await s.waitForExtensionPage('result.html');
      await result.waitForSelector('.finding', { timeout: 30000 });
      const rules = await result.$$eval('.finding .rule', (e) => e.map((x) => x.textContent));
      assert.ok(rules.includes('select-star') && rules.includes('null-comparison'), rules.join());
      const copies = await result.$$eval('.copy-text', (e) => e.map((x) => x.textContent));
      assert.ok(copies.includes('region IS NULL'), copies.join(' | '));
      await result.screenshot({ path: join(shots, 'result-selection.png') });
      await result.close();
    });

    extensionTest('context menu path: the result window loads the SQL engine, applies the stored thresholds and settles the popup entry', { timeout: 120000 }, async () => {
      await s.inBackground((bg) => bg.chrome.storage.local.set({ recent: [], thresholds: { 'large-in-list.max': 3 } }));
      try {
        await s.inBackground((bg, text) => { bg.BrickOptimaBackground.analyzeAndShow(text, 'e2e'); }, 'SELECT a FROM t WHERE b IN (1, 2, 3, 4, 5)');
        const result = await s.waitForExtensionPage('result.html');
        await result.waitForSelector('.finding', { timeout: 30000 });
        const rules = await result.$$eval('.finding .rule', (e) => e.map((x) => x.textContent));
        assert.ok(rules.includes('large-in-list'), `the threshold of 3 values applies: ${rules.join()}`);
        assert.equal(await result.evaluate(() => typeof self.BrickOptimaSqlEngine), 'object');
        assert.equal(await s.inBackground((bg) => typeof bg.BrickOptimaSqlEngine), 'undefined', 'the background never loads the SQL engine');
        await result.close();
        const popup = await s.openExtensionPage('popup.html', 'ul.recent li .count');
        const chips = await popup.$$eval('ul.recent li .count', (cs) => cs.map((c) => c.className));
        assert.ok(chips.includes('count warning') && !chips.includes('count pending'), chips.join());
        await popup.close();
      } finally {
        await s.inBackground((bg) => bg.chrome.storage.local.set({ thresholds: {} }));
      }
    });

    extensionTest('context menu path: plan text is analysed by the background\'s plan engine, the result window loads no SQL engine', { timeout: 120000 }, async () => {
      const all = JSON.parse(readFileSync(join(samplesDir, 'sql_details.json'), 'utf8'));
      const plan = all.find((e) => e.description.startsWith('Q3b cartesian')).planDescription;
      await s.inBackground((bg, text) => { bg.BrickOptimaBackground.analyzeAndShow(text, 'e2e'); }, plan);
      const result = await s.waitForExtensionPage('result.html');
      await result.waitForSelector('.finding', { timeout: 30000 });
      const rules = await result.$$eval('.finding .rule', (e) => e.map((x) => x.textContent));
      assert.ok(rules.some((r) => r.includes('cartesian')), rules.join());
      assert.match(await result.$eval('.summary', (e) => e.textContent), /\(plan, /);
      assert.equal(await result.evaluate(() => typeof self.BrickOptimaSqlEngine), 'undefined');
      await result.close();
    });

    extensionTest('performance: bundle size, engine load, time to first finding, analysis time of the largest TPC-DS plan and query', { timeout: 300000 }, async () => {
      // the page-side time a user waits: click on "Analyze plan" to the first finding in the panel (content script,
      // REST calls, message to the background, plan engine, rendering), on a fresh execution page each time
      async function timeToFirstFinding() {
        const p = await page();
        await p.goto(`${fixture.url}/SQL/execution/?id=${executionId('cartesian')}`);
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
        return ms;
      }
      // (with a background the browser stopped when idle: first-finding.bench.mjs, it needs idle minutes)
      const toFinding = [];
      for (let i = 0; i < 5; i++) toFinding.push(await timeToFirstFinding());

      // loading each engine script into an extension page: what a background that the browser stopped when idle
      // pays again for engine.js, and what the result page pays once for sql-engine.js
      const loadMs = {};
      for (const [file, main] of [['engine.js', 'main'], ['sql-engine.js', 'brickOptimaSqlMain']]) {
        const p = await s.openExtensionPage('popup.html', '#recent');
        loadMs[file] = await p.evaluate((f, m) => new Promise((resolve, reject) => {
          const t0 = performance.now();
          const el = document.createElement('script');
          el.src = f;
          el.onload = () => { self[m]([]); resolve(performance.now() - t0); };
          el.onerror = () => reject(new Error(`${f} did not load`));
          document.head.appendChild(el);
        }), file, main);
        await p.close();
      }

      const plans = readdirSync(tpcdsPlansDir).map((f) => join(tpcdsPlansDir, f)).sort((a, b) => statSync(b).size - statSync(a).size);
      const largest = plans[0];
      const text = readFileSync(largest, 'utf8');
      const timing = await s.inBackground((bg, planText) => {
        const e = bg.BrickOptimaBackground.engine();
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

      // SQL runs where the extension analyses it: in the result page, with the SQL engine that page loads
      const queriesDir = join(tpcdsPlansDir, '..', 'queries');
      const query = readdirSync(queriesDir).map((f) => join(queriesDir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
      const sql = readFileSync(query, 'utf8');
      const resultPage = await s.openExtensionPage('result.html', '#result');
      const sqlTiming = await resultPage.evaluate(async (q) => {
        const e = await BrickOptimaSql.engine();
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
      await resultPage.close();
      assert.equal(sqlTiming.error, null);
      const size = (f) => { const b = readFileSync(join(s.extensionDir, f)); return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length }; };
      const r1 = (x) => Math.round(x * 10) / 10;
      const median = (xs) => { const o = [...xs].sort((a, b) => a - b); return o.length ? r1(o[(o.length - 1) >> 1]) : null; };
      timings[name] = {
        browser: await s.version(),
        firstFindingMs: { median: median(toFinding), all: toFinding.map(r1) },
        engineLoadMs: r1(loadMs['engine.js']), sqlEngineLoadMs: r1(loadMs['sql-engine.js']),
        plan: largest.slice(largest.indexOf('plans-v1_4')), planChars: text.length,
        coldMs: r1(timing.cold), medianMs: r1(timing.median), minMs: r1(timing.min), findings: timing.findings,
        sqlQuery: query.slice(query.indexOf('queries')), sqlChars: sql.length,
        sqlColdMs: r1(sqlTiming.cold), sqlMedianMs: r1(sqlTiming.median), sqlFindings: sqlTiming.findings,
        engineJs: size('engine.js'), sqlEngineJs: size('sql-engine.js'), contentJs: size('content.js')
      };
      console.log('browser performance', JSON.stringify(timings[name]));
      assert.ok(timing.median < 5000, `analysis took ${timing.median} ms`);
    });
  });
}
