// The Firefox source package (for addons.mozilla.org review) builds the same engine.js, sql-engine.js and content.js as
// this build: unpack it into an empty folder, run its documented build command offline, compare. content.js must be
// byte-identical. The engines are not byte-reproducible with TeaVM 0.15.0 (two builds of one tree differ in the order
// of functions and of the string pool), so they must publish the same functions and give the same answers on every
// TPC-DS plan (engine.js) and query (sql-engine.js) of the test corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEngineFrom } from './engine-harness.mjs';
import { root, target, teavmDir, tpcdsPlansDir } from './paths.mjs';

const sha = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** Every answer of the engines of one build (its teavm folder) on the TPC-DS plans and queries, without timings. */
function answers(teavm) {
  const e = loadEngineFrom(join(teavm, 'engine.js'));
  const sql = loadEngineFrom(join(teavm, 'sql-engine.js'));
  const out = { functions: Object.keys(e).sort(), sqlFunctions: Object.keys(sql).sort(), version: e.version, sqlVersion: sql.version };
  const queries = join(tpcdsPlansDir, '..', 'queries');
  for (const [dir, engine, fn] of [[tpcdsPlansDir, e, 'analyzePlan'], [queries, sql, 'analyzeSql']]) {
    for (const f of readdirSync(dir).sort()) {
      const r = JSON.parse(engine[fn](readFileSync(join(dir, f), 'utf8')));
      delete r.millis;
      out[`${fn} ${f}`] = r;
    }
  }
  out.catalog = JSON.parse(e.catalog(''));
  return out;
}

test('the source package rebuilds content.js byte for byte and an engine.js with the same answers', { timeout: 900000 }, () => {
  const zip = readdirSync(target).find((f) => /^brickoptima-firefox-.*-source\.zip$/.test(f));
  assert.ok(zip, `no source package in ${target}`);
  const dir = mkdtempSync(join(tmpdir(), 'brickoptima-source-'));
  try {
    const jar = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'jar') : 'jar';
    const x = spawnSync(jar, ['xf', join(target, zip)], { cwd: dir, encoding: 'utf8' });
    assert.equal(x.status, 0, `unpacking: ${x.stderr}`);
    chmodSync(join(dir, 'scripts', 'mvn'), 0o755);
    for (const f of ['README.md', 'pom.xml', 'shared-core/pom.xml', 'extension-browser/pom.xml']) assert.ok(existsSync(join(dir, f)), f);
    // the pinned Maven this checkout already fetched, instead of fetching it again
    if (existsSync(join(root, '.tools'))) symlinkSync(join(root, '.tools'), join(dir, '.tools'));
    const build = spawnSync(join(dir, 'scripts', 'mvn'), ['-o', '-q', '-Dmaven.test.skip=true', '-Dbrowser.tests.skip=true', 'package'],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(build.status, 0, `the documented build failed:\n${(build.stdout + build.stderr).slice(-4000)}`);
    const rebuilt = (f) => join(dir, 'extension-browser', 'target', 'teavm', f);
    assert.equal(sha(rebuilt('content.js')), sha(join(teavmDir, 'content.js')), 'content.js differs between this build and the source package\'s');
    assert.deepEqual(answers(join(dir, 'extension-browser', 'target', 'teavm')), answers(teavmDir));
    for (const f of ['engine.js', 'sql-engine.js']) assert.ok(existsSync(join(dir, 'extension-browser', 'target', 'extension', 'firefox', f)), f);
    assert.ok(existsSync(join(dir, 'extension-browser', 'target', 'extension', 'firefox', 'manifest.json')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
