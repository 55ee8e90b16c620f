// The TeaVM-compiled engine, run in node: same answers as the JVM engine for SQL and Spark plans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { analyze, loadEngine, loadEngineFrom, loadSqlEngine } from './engine-harness.mjs';
import { samplesDir, teavmDir } from './paths.mjs';

test('engine.js publishes the plan functions, sql-engine.js the SQL one', () => {
  const e = loadEngine();
  for (const f of ['analyzePlan', 'analyzeExecution', 'analyzePlanOnPage', 'textKind', 'catalog', 'configure']) {
    assert.equal(typeof e[f], 'function', f);
  }
  assert.equal(e.analyzeSql, undefined, 'SQL is the SQL engine\'s');
  assert.equal(e.version, '0.1.0');
  const sql = loadSqlEngine();
  for (const f of ['analyzeSql', 'configure']) assert.equal(typeof sql[f], 'function', f);
  assert.equal(sql.version, e.version);
});

test('each published function answers (fresh engines: configure() changes state the other tests must not see)', () => {
  const e = loadEngineFrom(join(teavmDir, 'engine.js'));
  const sqlEngine = loadEngineFrom(join(teavmDir, 'sql-engine.js'));
  const call = (engine, f, arg) => JSON.parse(engine[f](arg));

  const sql = call(sqlEngine, 'analyzeSql', 'SELECT * FROM t');
  assert.equal(sql.kind, 'sql');
  assert.deepEqual(sql.findings.map((f) => [f.ruleId, f.location.line, f.location.column]), [['select-star', 1, 8]]);

  const all = JSON.parse(readFileSync(join(samplesDir, 'sql_details.json'), 'utf8'));
  const exec = all.find((x) => x.description.startsWith('Q3b cartesian'));
  const plan = call(e, 'analyzePlan', exec.planDescription);
  assert.equal(plan.kind, 'plan');
  const cartesian = plan.findings.find((f) => f.ruleId === 'plan-cartesian-product');
  assert.ok(cartesian, JSON.stringify(plan.findings.map((f) => f.ruleId)));
  assert.equal(cartesian.location.operatorId, '5');
  assert.equal(cartesian.location.operator, 'CartesianProduct');
  assert.equal(cartesian.location.graphNodeId, null); // plan text alone has no page graph

  const execution = call(e, 'analyzeExecution', JSON.stringify(exec));
  assert.equal(execution.kind, 'execution');
  assert.equal(execution.description, exec.description);
  assert.equal(execution.findings.find((f) => f.ruleId === 'plan-cartesian-product').location.graphNodeId, '0');

  const graph = exec.nodes.map((n) => ({ nodeId: n.nodeId, nodeName: n.nodeName }));
  const page = call(e, 'analyzePlanOnPage', JSON.stringify({ plan: exec.planDescription, graph }));
  assert.equal(page.kind, 'plan');
  assert.equal(page.findings.find((f) => f.ruleId === 'plan-cartesian-product').location.graphNodeId, '0');

  assert.equal(e.textKind(exec.planDescription), 'plan');
  assert.equal(e.textKind('SELECT * FROM t'), 'sql');

  const catalog = call(e, 'catalog', '');
  assert.equal(catalog.version, '0.1.0');
  const star = catalog.rules.find((r) => r.id === 'select-star');
  assert.equal(star.severity, 'warning');
  assert.ok(star.bad.includes('*'), star.bad);
  const inList = catalog.rules.find((r) => r.id === 'large-in-list');
  assert.ok(inList.thresholds.some((t) => t.key === 'large-in-list.max'), JSON.stringify(inList.thresholds));

  // configure: a declared threshold changes the next analysis; an unknown key is refused and changes nothing
  const inSql = 'SELECT a FROM t WHERE b IN (1, 2, 3)';
  assert.ok(!call(sqlEngine, 'analyzeSql', inSql).findings.some((f) => f.ruleId === 'large-in-list'));
  assert.deepEqual(call(sqlEngine, 'configure', JSON.stringify({ thresholds: { 'large-in-list.max': 2 } })), { thresholds: 1 });
  assert.deepEqual(call(sqlEngine, 'analyzeSql', inSql).findings.map((f) => f.ruleId), ['large-in-list']);
  const refused = call(sqlEngine, 'configure', JSON.stringify({ thresholds: { 'large-in-list.maxx': 2 } }));
  assert.equal(refused.kind, 'configure');
  assert.match(refused.error, /large-in-list\.maxx/);
  assert.deepEqual(call(sqlEngine, 'analyzeSql', inSql).findings.map((f) => f.ruleId), ['large-in-list']);
  assert.deepEqual(call(e, 'configure', JSON.stringify({ thresholds: { 'plan-skew.factor': 10 } })), { thresholds: 1 });
});

test('engine.js holds no SQL parser: JSqlParser is only in sql-engine.js', () => {
  // a token name of JSqlParser's generated parser (its token table is in the string pool of any build that has it)
  const marker = /<K_SELECT>/;
  assert.ok(marker.test(readFileSync(join(teavmDir, 'sql-engine.js'), 'utf8')), 'sql-engine.js has the parser');
  assert.ok(!marker.test(readFileSync(join(teavmDir, 'engine.js'), 'utf8')), 'engine.js must not contain the SQL parser');
});

test('bundle: engine.js, which the background loads for every Spark UI page, is at most 500 KB gzip', () => {
  const gzip = gzipSync(readFileSync(join(teavmDir, 'engine.js')), { level: 9 }).length;
  assert.ok(gzip <= 500000, `engine.js is ${gzip} B gzip -9`);
});

// sql-engine.js is loaded only by the result window for SQL selections; two TeaVM transformers of the build keep
// TeaVM's Formatter and JSqlParser's grammar positions out of it (docs/browser-performance.md).
test('bundle: sql-engine.js is at most 500 KB gzip', () => {
  const gzip = gzipSync(readFileSync(join(teavmDir, 'sql-engine.js')), { level: 9 }).length;
  assert.ok(gzip <= 500000, `sql-engine.js is ${gzip} B gzip -9`);
});

test('SQL settings: the SQL engine applies the thresholds it owns and refuses an unknown one, naming it', () => {
  const sql = loadSqlEngine();
  try {
    const many = 'SELECT a FROM t WHERE b IN (' + Array.from({ length: 20 }, (_, i) => i).join(', ') + ')';
    assert.ok(!JSON.parse(sql.analyzeSql(many)).findings.some((f) => f.ruleId === 'large-in-list'));
    assert.deepEqual(JSON.parse(sql.configure(JSON.stringify({ thresholds: { 'large-in-list.max': 10 } }))), { thresholds: 1 });
    assert.ok(JSON.parse(sql.analyzeSql(many)).findings.some((f) => f.ruleId === 'large-in-list'));
    assert.match(JSON.parse(sql.configure('{"thresholds": {"nope.max": 1}}')).error, /^thresholds\.nope\.max: unknown rule id 'nope'/);
    assert.match(JSON.parse(sql.configure('{"thresholds": {"large-in-list.nope": 1}}')).error, /large-in-list\.nope/);
    // a refused setting leaves the previous ones in force
    assert.ok(JSON.parse(sql.analyzeSql(many)).findings.some((f) => f.ruleId === 'large-in-list'));
  } finally {
    sql.configure('{"thresholds": {}}');
  }
});

test('SQL: findings with rule id, severity, location and fix edits', () => {
  const r = analyze('analyzeSql', 'SELECT * FROM t WHERE a = NULL;\nDELETE FROM x');
  assert.equal(r.error, undefined);
  const ids = r.findings.map((f) => f.ruleId);
  assert.ok(ids.includes('select-star'), ids.join());
  assert.ok(ids.includes('null-comparison'), ids.join());
  assert.ok(ids.includes('delete-update-without-where'), ids.join());
  const nul = r.findings.find((f) => f.ruleId === 'null-comparison');
  assert.equal(nul.severity, 'warning');
  assert.equal(nul.location.line, 1);
  assert.deepEqual(nul.fixes[0].edits[0], { start: 22, end: 30, replacement: 'a IS NULL' });
  assert.equal(r.counts.error, r.findings.filter((f) => f.severity === 'error').length);
});

test('SQL: date, time and timestamp literals parse (java.sql stand-ins)', () => {
  const r = analyze('analyzeSql',
    "SELECT a FROM t WHERE d = DATE '2024-02-29' AND ts < TIMESTAMP '2024-01-01 10:00:00.5' AND x = TIME '10:11:12'");
  assert.equal(r.error, undefined);
  assert.ok(!r.findings.some((f) => f.ruleId === 'parse-error'), JSON.stringify(r.findings));
});

test('SQL: a statement that does not parse gives a parse-error finding, the next one is still analysed', () => {
  const r = analyze('analyzeSql', 'SELEC oops FROM;\nSELECT * FROM t');
  const ids = r.findings.map((f) => f.ruleId);
  assert.ok(ids.includes('parse-error'), ids.join());
  assert.ok(ids.includes('select-star'), ids.join());
});

// The build leaves JSqlParser's grammar positions out of sql-engine.js (GrammarLocationTransformer): the parse errors
// must stay what the JVM engine reports. Expected: SqlAnalyzer on the JVM (shared-core at this commit), message and column.
test('SQL: parse errors are the JVM engine\'s, message and column', () => {
  const cases = [
    ['SELEC oops FROM t', "syntax error: unexpected 'SELEC'", 1],
    ['SELECT a FROM t WHERE', "syntax error: unexpected 'WHERE'", 17],
    ['SELECT a, FROM t', "syntax error: unexpected ','", 9],
    ['SELECT * FROM t WHERE a = (1', "syntax error: '(' is never closed", 27],
    ["SELECT 'abc", "unterminated string: ' is never closed; everything after it is not analysed", 8],
    ['SELECT a FROM t GROUP x', "syntax error: unexpected 'x'", 23],
    ['INSERT INTO t VALUES (1,', "syntax error: unexpected ','", 24]
  ];
  for (const [sql, message, column] of cases) {
    const errors = analyze('analyzeSql', sql).findings.filter((f) => f.ruleId === 'parse-error');
    assert.deepEqual(errors.map((f) => [f.message, f.location.column]), [[message, column]], sql);
  }
});

test('REST execution: the cartesian product of the Spark sample is found at its operator', () => {
  const all = JSON.parse(readFileSync(join(samplesDir, 'sql_details.json'), 'utf8'));
  const exec = all.find((e) => e.description.startsWith('Q3b cartesian'));
  const r = analyze('analyzeExecution', JSON.stringify(exec));
  assert.equal(r.error, undefined, r.error);
  const f = r.findings.find((x) => x.ruleId.includes('cartesian'));
  assert.ok(f, JSON.stringify(r.findings.map((x) => x.ruleId)));
  assert.equal(f.location.operatorId, '5');
  assert.match(f.location.operator, /CartesianProduct/);
  assert.equal(f.location.graphNodeId, '0'); // REST nodeId of CartesianProduct = the Spark UI's node_0
  assert.equal(r.description, exec.description);
});

test('REST execution: a broadcast hash join sample has no cartesian finding', () => {
  const all = JSON.parse(readFileSync(join(samplesDir, 'sql_details.json'), 'utf8'));
  const exec = all.find((e) => e.description.startsWith('Q1 broadcast hash join'));
  const r = analyze('analyzeExecution', JSON.stringify(exec));
  assert.equal(r.error, undefined, r.error);
  assert.ok(!r.findings.some((x) => x.ruleId.includes('cartesian')), JSON.stringify(r.findings.map((x) => x.ruleId)));
});

test('text: plan text goes to the plan engine, anything else to the SQL engine', () => {
  const all = JSON.parse(readFileSync(join(samplesDir, 'sql_details.json'), 'utf8'));
  const plan = all.find((e) => e.description.startsWith('Q3b cartesian')).planDescription;
  assert.equal(loadEngine().textKind(plan), 'plan');
  assert.equal(loadEngine().textKind('SELECT 1'), 'sql');
  assert.equal(loadEngine().textKind(''), 'sql');
});

test('page plan: plan text plus the page graph nodes gives the graph node of a finding', () => {
  const all = JSON.parse(readFileSync(join(samplesDir, 'sql_details.json'), 'utf8'));
  const exec = all.find((e) => e.description.startsWith('Q3b cartesian'));
  const graph = exec.nodes.map((n) => ({ nodeId: n.nodeId, nodeName: n.nodeName }));
  const r = analyze('analyzePlanOnPage', JSON.stringify({ plan: exec.planDescription, graph }));
  assert.equal(r.error, undefined, r.error);
  const f = r.findings.find((x) => x.ruleId.includes('cartesian'));
  assert.equal(f.location.graphNodeId, '0');
});

test('REST execution with its stages: task quantiles give the skew finding with its numbers', () => {
  const all = JSON.parse(readFileSync(join(samplesDir, 'sql_details.json'), 'utf8'));
  const stages = readFileSync(join(samplesDir, 'stages_details_summaries.json'), 'utf8');
  const exec = all.find((e) => e.id === 11);
  const r = analyze('analyzeExecution', JSON.stringify({ execution: JSON.stringify(exec), stages }));
  assert.equal(r.error, undefined, r.error);
  const skew = r.findings.find((x) => x.ruleId === 'plan-skew');
  assert.ok(skew, JSON.stringify(r.findings.map((x) => x.ruleId)));
  assert.equal(skew.location.operatorId, '12');
  assert.match(skew.message, /max task read 182,510 records vs median 2,944: 62x skew/);
  const without = analyze('analyzeExecution', JSON.stringify(exec));
  assert.ok(!without.findings.some((x) => x.ruleId === 'plan-skew'));
});

test('bad input is an error answer, never an exception', () => {
  const r = analyze('analyzeExecution', '<html>proxy login</html>');
  assert.ok(r.error, JSON.stringify(r));
});

// The time budget is a deadline the engine checks itself (parser hooks, node walks, rule loops): no threads, so it
// holds in TeaVM too. A 77 KB join chain used to block the engine for 51 s (quadratic join rules); a 600 KB one must
// come back within the 5 s statement budget, with findings or an analysis-timeout finding. Hang guards, not benchmarks.
function joinChain(joins) {
  const parts = ['SELECT t0.a FROM t0'];
  for (let i = 1; i <= joins; i++) parts.push(` JOIN t${i} ON t${i}.k = t${i - 1}.k`);
  return parts.join('');
}

test('SQL: a 77 KB join chain is analysed without blocking', () => {
  const sql = joinChain(2500);
  assert.ok(sql.length > 75000, String(sql.length));
  const started = Date.now();
  const r = analyze('analyzeSql', sql);
  const ms = Date.now() - started;
  assert.equal(r.error, undefined, r.error);
  assert.ok(ms < 20000, `took ${ms} ms`);
  assert.ok(!r.findings.some((f) => f.ruleId === 'parse-error'), JSON.stringify(r.findings.map((f) => f.ruleId)));
});

test('SQL: a 600 KB statement ends within its time budget', () => {
  const sql = joinChain(18000);
  const started = Date.now();
  const r = analyze('analyzeSql', sql);
  const ms = Date.now() - started;
  assert.equal(r.error, undefined, r.error);
  assert.ok(ms < 30000, `took ${ms} ms`);
  const timeout = r.findings.find((f) => f.ruleId === 'analysis-timeout');
  if (timeout) assert.match(timeout.message, /limits\.statementBudgetMillis/);
});
