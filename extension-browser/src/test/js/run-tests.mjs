// Runs the extension's tests with node's test runner (called by Maven in integration-test).
// Installs the npm test tools from package-lock.json first when node_modules is missing or stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const moduleDir = join(here, '..', '..', '..');
const lock = join(moduleDir, 'package-lock.json');
const stamp = join(moduleDir, 'node_modules', '.brickoptima-lock');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: moduleDir, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== readFileSync(lock, 'utf8')) {
  console.log('extension-browser: npm ci (puppeteer-core, web-ext)');
  const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' };
  if (run('npm', ['ci', '--no-audit', '--no-fund'], { env }) !== 0) process.exit(1);
  writeFileSync(stamp, readFileSync(lock, 'utf8'));
}

const only = process.env.BRICKOPTIMA_BROWSER_TESTS; // e.g. "engine,lint" to run a subset
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => !only || only.split(',').some((n) => f.startsWith(n.trim())))
  .sort()
  .map((f) => join(here, f));
process.exit(run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files]));
