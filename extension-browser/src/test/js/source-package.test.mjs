// The Firefox source package (for addons.mozilla.org review) builds the same engine.js and content.js as this build:
// unpack it into an empty folder, run its documented build command offline, compare the bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, target, teavmDir } from './paths.mjs';

const sha = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');

test('the source package rebuilds byte-identical engine.js and content.js', { timeout: 900000 }, () => {
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
    for (const f of ['engine.js', 'content.js']) {
      const rebuilt = join(dir, 'extension-browser', 'target', 'teavm', f);
      assert.equal(sha(rebuilt), sha(join(teavmDir, f)), `${f} differs between this build and the source package's`);
    }
    assert.ok(existsSync(join(dir, 'extension-browser', 'target', 'extension', 'firefox', 'manifest.json')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
