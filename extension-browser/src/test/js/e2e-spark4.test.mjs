// The same e2e suite (e2e.test.mjs) on the Spark 4 fixture application's live UI, which scripts/spark-fixture
// starts next to the Spark 3.5 one (BRICKOPTIMA_SPARK4_FIXTURE_URL/_STATE; scripts/test always sets them). Its
// History Server test reads the Spark 4 application's event log with the suite's own History Server (spark.mjs).
import { test } from 'node:test';

if (process.env.BRICKOPTIMA_SPARK4_FIXTURE_URL) {
  process.env.BRICKOPTIMA_SPARK_FIXTURE_URL = process.env.BRICKOPTIMA_SPARK4_FIXTURE_URL;
  process.env.BRICKOPTIMA_SPARK_FIXTURE_STATE = process.env.BRICKOPTIMA_SPARK4_FIXTURE_STATE;
  delete process.env.BRICKOPTIMA_SPARK_HISTORY_URL; // a given History Server would show the 3.5 application
  await import('./e2e.test.mjs');
} else {
  test.skip('Spark 4 UI: start it with scripts/spark-fixture start (BRICKOPTIMA_SPARK4_FIXTURE_URL is not set)');
}
