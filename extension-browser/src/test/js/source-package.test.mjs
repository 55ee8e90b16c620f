// The Firefox source package (for addons.mozilla.org review) builds the same files as this build: unpack it into an
// empty folder, run its documented build command offline, and compare SHA-256 digests of engine.js, sql-engine.js and
// content.js, of the store zips, and of the source package it packs again. Any difference fails: a reviewer must be
// able to rebuild the submitted bytes (docs/browser-extension.md, "Reproducible build").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, target } from './paths.mjs';

const sha = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** Digests of what a build made: the three TeaVM outputs and every zip (store packages and the source package). */
function digests(targetDir) {
  const out = {};
  for (const f of ['engine.js', 'sql-engine.js', 'content.js']) out[`teavm/${f}`] = sha(join(targetDir, 'teavm', f));
  for (const f of readdirSync(targetDir).filter((n) => n.endsWith('.zip')).sort()) out[f] = sha(join(targetDir, f));
  return out;
}

test('the source package rebuilds engine.js, sql-engine.js, content.js and the zips byte for byte', { timeout: 900000 }, () => {
  const zip = readdirSync(target).find((f) => /^brickoptima-firefox-.*-source\.zip$/.test(f));
  assert.ok(zip, `no source package in ${target}`);
  const expected = digests(target);
  assert.equal(Object.keys(expected).filter((k) => k.endsWith('.zip')).length, 3, `expected 3 zips in ${target}`);
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
    const rebuilt = digests(join(dir, 'extension-browser', 'target'));
    assert.deepEqual(rebuilt, expected, 'the source package builds different bytes than this build (SHA-256 per file)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
