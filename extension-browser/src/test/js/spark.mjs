// The real Spark fixture (module spark-fixture): reused when a test run already started it, else started here
// with scripts/spark-fixture and stopped again by the same script when the tests end.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.mjs';

export function startFixture() {
  let url = process.env.BRICKOPTIMA_SPARK_FIXTURE_URL;
  let stateFile = process.env.BRICKOPTIMA_SPARK_FIXTURE_STATE;
  let startedHere = false;
  if (!url || !stateFile) {
    const script = join(root, 'scripts', 'spark-fixture');
    const out = execFileSync('bash', [script, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600000 });
    url = /BRICKOPTIMA_SPARK_FIXTURE_URL='([^']+)'/.exec(out)[1];
    stateFile = /BRICKOPTIMA_SPARK_FIXTURE_STATE='([^']+)'/.exec(out)[1];
    startedHere = true;
  }
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  return {
    url, state, startedHere,
    stop() {
      if (startedHere) execFileSync('bash', [join(root, 'scripts', 'spark-fixture'), 'stop'], { stdio: 'inherit' });
    }
  };
}
