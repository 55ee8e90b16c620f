// The real Spark fixture (module spark-fixture) and a History Server over its event log, on one Spark line:
// BRICKOPTIMA_E2E_SPARK_LINE=3.5 (default) or 4 (Spark 4.x, the classpath recorded by module spark-fixture-spark4).
// Both come from the environment when the test run provides them (scripts/spark-fixture start):
//   BRICKOPTIMA_SPARK_FIXTURE_URL + _STATE    the live 3.5 UI and its state file
//   BRICKOPTIMA_SPARK4_FIXTURE_URL + _STATE   the live 4.x UI and its state file
//   BRICKOPTIMA_SPARK_HISTORY_URL              a History Server that lists the 3.5 state's appId
// Otherwise this suite starts its own as child processes (they exit when our stdin pipe closes) and stops them by
// PID at the end, so no other module's processes are ever touched. The History Server runs on the application's line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, target } from './paths.mjs';

const FLAGS = ['java.lang', 'java.lang.invoke', 'java.lang.reflect', 'java.io', 'java.net', 'java.nio', 'java.util',
  'java.util.concurrent', 'java.util.concurrent.atomic', 'jdk.internal.ref', 'sun.nio.ch', 'sun.nio.cs',
  'sun.security.action', 'sun.util.calendar'].map((p) => `--add-opens=java.base/${p}=ALL-UNNAMED`);

function java17() {
  for (const d of [process.env.JAVA17_HOME, '/usr/lib/jvm/java-17-openjdk-amd64'].filter(Boolean)) {
    if (existsSync(join(d, 'bin', 'java'))) return join(d, 'bin', 'java');
  }
  throw new Error('the Spark fixture needs a Java 17 runtime (set JAVA17_HOME)');
}

export const sparkLine = process.env.BRICKOPTIMA_E2E_SPARK_LINE || '3.5';
if (!['3.5', '4'].includes(sparkLine)) throw new Error(`BRICKOPTIMA_E2E_SPARK_LINE must be 3.5 or 4, not ${sparkLine}`);
const ENV = sparkLine === '4' ? 'BRICKOPTIMA_SPARK4_FIXTURE' : 'BRICKOPTIMA_SPARK_FIXTURE';

/** The fixture's classes with the Spark classpath of this suite's line (the same classes run on both). */
function fixtureClasspath() {
  const classes = join(root, 'spark-fixture', 'target', 'classes');
  const cpFile = sparkLine === '4'
    ? join(root, 'spark-fixture-spark4', 'target', 'classes', 'dev', 'brickoptima', 'sparkfixture', 'fixture-classpath-spark4.txt')
    : join(classes, 'dev', 'brickoptima', 'sparkfixture', 'fixture-classpath.txt');
  if (!existsSync(cpFile) || !existsSync(join(classes, 'dev', 'brickoptima', 'sparkfixture', 'FixtureApp.class'))) {
    const r = spawnSync(join(root, 'scripts', 'mvn'), ['-q', '-pl', 'spark-fixture,spark-fixture-spark4', 'process-classes'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('could not build the spark-fixture modules');
  }
  return `${classes}:${readFileSync(cpFile, 'utf8').trim()}`;
}

/** Starts a Java 17 child process of the fixture module; resolves with {child, log} once ready(line, log) is true. */
function startJava(name, args, jvmProps, ready, timeoutMs = 240000) {
  const child = spawn(java17(), ['-Xmx1g', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', ...FLAGS,
    '-Djdk.reflect.useDirectMethodHandle=false', ...jvmProps, '-cp', fixtureClasspath(), ...args],
  { env: { ...process.env, SPARK_LOCAL_IP: '127.0.0.1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  const log = [];
  const stop = () => {
    child.removeAllListeners('exit');
    child.stdin.end();
    try { process.kill(child.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  const result = new Promise((resolve, reject) => {
    const fail = (why) => { clearInterval(poll); clearTimeout(timer); stop(); reject(new Error(`${name} ${why}:\n` + log.slice(-40).join('\n'))); };
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs / 1000} s`), timeoutMs);
    let done = false;
    const check = async (line) => {
      if (done) return;
      let value;
      try { value = await ready(line, log); } catch { value = null; }
      if (value && !done) { done = true; clearInterval(poll); clearTimeout(timer); resolve(value); }
    };
    const poll = setInterval(() => check(null), 1000);
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        log.push(line);
        check(line);
      }
    });
    child.stderr.on('data', (d) => log.push(String(d)));
    child.on('exit', (code) => fail(`exited (${code})`));
  });
  return result.then((value) => ({ value, stop }));
}

export async function startFixture() {
  const url = process.env[`${ENV}_URL`];
  const stateFile = process.env[`${ENV}_STATE`];
  if (url && stateFile) return { url, state: JSON.parse(readFileSync(stateFile, 'utf8')), stop() {} };
  const run = join(target, sparkLine === '4' ? 'spark-fixture-spark4' : 'spark-fixture');
  mkdirSync(run, { recursive: true });
  const { value: state, stop } = await startJava('Spark fixture', ['dev.brickoptima.sparkfixture.FixtureApp',
    '--state-file', join(run, 'state.json'), '--max-lifetime-seconds', '1800', '--exit-on-stdin-eof'], [],
  (line) => (line && line.startsWith('FIXTURE-READY ') ? JSON.parse(line.slice(14)) : null));
  return { url: state.url, state, stop };
}

/** A History Server listing the fixture application: from the environment, or started over its event log. */
export async function startHistoryServer(state) {
  const given = sparkLine === '3.5' ? process.env.BRICKOPTIMA_SPARK_HISTORY_URL : undefined;
  if (given) return { url: given.replace(/\/$/, ''), stop() {} };
  if (!state.eventLogDir) throw new Error('the Spark fixture state names no event log directory');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const lists = async () => {
    const r = await fetch(`${url}/api/v1/applications`, { signal: AbortSignal.timeout(5000) });
    return r.ok && (await r.text()).includes(`"${state.appId}"`);
  };
  const { stop } = await startJava('History Server', ['dev.brickoptima.sparkfixture.HistoryServerApp', '--max-lifetime-seconds', '1800'],
    [`-Dspark.history.fs.logDirectory=${pathToFileURL(state.eventLogDir).href}`, `-Dspark.history.ui.port=${port}`,
      '-Dspark.history.fs.update.interval=1s'],
    (line) => (line === null ? lists() : false));
  return { url, stop };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}
