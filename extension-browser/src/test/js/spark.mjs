// The real Spark fixture (module spark-fixture). Reused when the test run exported one
// (BRICKOPTIMA_SPARK_FIXTURE_URL/_STATE from scripts/spark-fixture start); otherwise this test starts its own
// private FixtureApp as a child process (exits when our stdin pipe closes) and kills it by its PID at the end,
// so no other module's fixture is ever touched.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export async function startFixture() {
  const url = process.env.BRICKOPTIMA_SPARK_FIXTURE_URL;
  const stateFile = process.env.BRICKOPTIMA_SPARK_FIXTURE_STATE;
  if (url && stateFile) return { url, state: JSON.parse(readFileSync(stateFile, 'utf8')), stop() {} };

  const classes = join(root, 'spark-fixture', 'target', 'classes');
  const cpFile = join(classes, 'dev', 'brickoptima', 'sparkfixture', 'fixture-classpath.txt');
  if (!existsSync(cpFile) || !existsSync(join(classes, 'dev', 'brickoptima', 'sparkfixture', 'FixtureApp.class'))) {
    const r = spawnSync(join(root, 'scripts', 'mvn'), ['-q', '-pl', 'spark-fixture', 'process-classes'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('could not build the spark-fixture module');
  }
  const run = join(target, 'spark-fixture');
  mkdirSync(run, { recursive: true });
  const child = spawn(java17(), ['-Xmx1g', ...FLAGS, '-Djdk.reflect.useDirectMethodHandle=false',
    '-cp', `${classes}:${readFileSync(cpFile, 'utf8').trim()}`, 'dev.brickoptima.sparkfixture.FixtureApp',
    '--state-file', join(run, 'state.json'), '--max-lifetime-seconds', '1800', '--exit-on-stdin-eof'],
  { env: { ...process.env, SPARK_LOCAL_IP: '127.0.0.1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  const log = [];
  const state = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Spark fixture not ready after 240 s:\n' + log.slice(-40).join('\n'))), 240000);
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        log.push(line);
        if (line.startsWith('FIXTURE-READY ')) { clearTimeout(timer); resolve(JSON.parse(line.slice(14))); }
      }
    });
    child.stderr.on('data', (d) => log.push(String(d)));
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Spark fixture exited (${code}):\n` + log.slice(-40).join('\n'))); });
  });
  return {
    url: state.url, state,
    stop() {
      child.removeAllListeners('exit');
      child.stdin.end();
      try { process.kill(child.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
  };
}
