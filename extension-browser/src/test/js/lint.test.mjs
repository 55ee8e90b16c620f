// web-ext lint (the addons.mozilla.org linter) on the Firefox build, plus the extension's own security rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumDir, firefoxDir, moduleDir } from './paths.mjs';

test('web-ext lint passes on the Firefox build', () => {
  const bin = join(moduleDir, 'node_modules', '.bin', 'web-ext');
  const r = spawnSync(bin, ['lint', '--source-dir', firefoxDir, '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', env: { ...process.env, WEB_EXT_TELEMETRY: 'false' } });
  assert.ok(r.stdout, r.stderr);
  const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const m of report[kind] || []) console.log(`web-ext ${kind}: ${m.code} ${m.message} ${m.file || ''}`);
  }
  assert.equal(report.summary.errors, 0, 'web-ext lint errors');
  assert.equal(report.summary.warnings, 0, 'web-ext lint warnings');
});

function jsFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
}

test('no HTML sinks, eval or remote code in any shipped script', () => {
  for (const dir of [chromiumDir, firefoxDir]) {
    const files = jsFiles(dir);
    assert.ok(files.some((f) => f.endsWith('content.js')) && files.some((f) => f.endsWith('engine.js')), dir);
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      for (const bad of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'importScripts("http', "importScripts('http"]) {
        assert.ok(!src.includes(bad), `${f} contains ${bad}`);
      }
    }
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      const html = readFileSync(join(dir, f), 'utf8');
      assert.ok(!/<script(?![^>]*\ssrc="[a-z-]+\.js")/.test(html), `${f}: inline or remote script`);
    }
  }
});

test('least permissions: nothing broad by default, hosts only on request', () => {
  for (const dir of [chromiumDir, firefoxDir]) {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    assert.equal(m.manifest_version, 3);
    assert.deepEqual([...m.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
    assert.equal(m.host_permissions, undefined);
    const matches = m.content_scripts.flatMap((c) => c.matches);
    for (const p of matches) assert.match(p, /^https?:\/\/(localhost|127\.0\.0\.1)\/(SQL|history)\/\*$/, p);
    assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*']);
    for (const f of [...m.content_scripts[0].js, ...m.content_scripts[0].css]) assert.ok(existsSync(join(dir, f)), f);
  }
  const ff = JSON.parse(readFileSync(join(firefoxDir, 'manifest.json'), 'utf8'));
  assert.deepEqual(ff.background.scripts, ['engine.js', 'settings.js', 'origins.js', 'background.js']);
  assert.ok(ff.browser_specific_settings.gecko.id);
  const cr = JSON.parse(readFileSync(join(chromiumDir, 'manifest.json'), 'utf8'));
  assert.equal(cr.background.service_worker, 'sw.js');
});

test('the SQL engine is shipped, and loaded only by the result page, never by the background', () => {
  for (const dir of [chromiumDir, firefoxDir]) {
    assert.ok(existsSync(join(dir, 'sql-engine.js')), dir);
    const loaders = jsFiles(dir).filter((f) => readFileSync(f, 'utf8').includes("'sql-engine.js'")).map((f) => f.slice(dir.length + 1));
    assert.deepEqual(loaders, ['sql.js'], dir);
    const pages = readdirSync(dir).filter((n) => n.endsWith('.html') && readFileSync(join(dir, n), 'utf8').includes('src="sql.js"'));
    assert.deepEqual(pages, ['result.html'], dir);
  }
  const imports = /importScripts\(([^)]*)\)/.exec(readFileSync(join(chromiumDir, 'sw.js'), 'utf8'))[1];
  assert.ok(imports.includes('engine.js') && !imports.includes('sql'), `the service worker imports no SQL engine: ${imports}`);
  assert.ok(!JSON.parse(readFileSync(join(firefoxDir, 'manifest.json'), 'utf8')).background.scripts.some((f) => f.startsWith('sql')));
});
