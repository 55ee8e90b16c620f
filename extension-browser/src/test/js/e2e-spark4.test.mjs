// The Spark UI part of the e2e suite (e2e.test.mjs) on the Spark 4 fixture application's live UI and on a Spark 4
// History Server over its event log: the application scripts/spark-fixture starts next to the 3.5 one
// (BRICKOPTIMA_SPARK4_FIXTURE_URL/_STATE), or one this suite starts itself (spark.mjs).
process.env.BRICKOPTIMA_E2E_SPARK_LINE = '4';
await import('./e2e.test.mjs');
