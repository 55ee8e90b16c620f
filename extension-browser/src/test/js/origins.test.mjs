// The pure part of origins.js (what the options page accepts, which registration id an origin gets), run in node.
// The browser APIs are not called by these two functions; the e2e suite covers the rest in real browsers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { chromiumDir } from './paths.mjs';

function origins() {
  const sandbox = { URL, chrome: {} }; // no extension API is reached by parse() or scriptId()
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(join(chromiumDir, 'origins.js'), 'utf8') + '\nthis.O = BrickOptimaOrigins;', sandbox);
  return sandbox.O;
}

test('a wildcard or anything but one http(s) host is refused, never turned into a broad pattern', () => {
  const O = origins();
  for (const bad of ['http://*', 'https://*/', 'http://*.example.com', '*://spark.example.com', 'http://exa*mple.com',
    'ftp://spark.example.com', 'javascript:alert(1)', 'spark.example.com', 'http://', 'http://a..b', 'http://-a.example']) {
    const r = O.parse(bad);
    assert.ok(r.error && !r.pattern, `${bad} -> ${JSON.stringify(r)}`);
  }
});

test('one host gives a pattern for that host on every port', () => {
  const O = origins();
  assert.deepEqual({ ...O.parse(' https://Spark-History.example.com:18080/history/ ') },
    { origin: 'https://spark-history.example.com:18080', pattern: 'https://spark-history.example.com/*' });
  assert.equal(O.parse('http://127.0.0.2:4040').pattern, 'http://127.0.0.2/*');
  assert.equal(O.parse('http://[::1]:4040').pattern, 'http://[::1]/*');
});

test('distinct hosts never share a registration id (a-b.example vs a.b.example)', () => {
  const O = origins();
  const hosts = ['a-b.example', 'a.b.example', 'a_b.example', 'ab.example', 'a-b-example', 'a.b-example'];
  const ids = hosts.map((h) => O.scriptId(`http://${h}/*`));
  assert.equal(new Set(ids).size, ids.length, ids.join());
  assert.notEqual(O.scriptId('http://a.example/*'), O.scriptId('https://a.example/*'));
  for (const id of ids) assert.match(id, /^brickoptima-[a-z0-9_]+$/);
});
