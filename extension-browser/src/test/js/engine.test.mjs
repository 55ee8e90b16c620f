// The TeaVM-compiled engine, run in node: same answers as the JVM engine for SQL and Spark plans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, loadEngineFrom } from './engine-harness.mjs';
import { samplesDir, teavmDir } from './paths.mjs';

test('engine publishes its functions, and each one answers', () => {
  // a fresh engine: configure() changes the engine's state, which the other tests must not see
  const e = loadEngineFrom(join(teavmDir, 'engine.js'));
  assert.deepEqual(Object.keys(e).sort(), ['analyzeExecution', 'analyzePlan', 'analyzePlanOnPage', 'analyzeSql',
    'analyzeText', 'catalog', 'configure', 'version']);
  assert.equal(e.version, '0.1.0');
  const call = (f, arg) => JSON.parse(e[f](arg));

  const sql = call('analyzeSql', 'SELECT * FROM t');
  assert.equal(sql.kind, 'sql');
  assert.deepEqual(sql.findings.map((f) => [f.ruleId, f.location.line, f.location.column]), [['select-star', 1, 8]]);

  const all = JSON.parse(readFileSync(join(samplesDir, 'sql_details.json'), 'utf8'));
  const exec = all.find((x) => x.description.startsWith('Q3b cartesian'));
  const plan = call('analyzePlan', exec.planDescription);
  assert.equal(plan.kind, 'plan');
  const cartesian = plan.findings.find((f) => f.ruleId === 'plan-cartesian-product');
  assert.ok(cartesian, JSON.stringify(plan.findings.map((f) => f.ruleId)));
  assert.equal(cartesian.location.operatorId, '5');
  assert.equal(cartesian.location.operator, 'CartesianProduct');
  assert.equal(cartesian.location.graphNodeId, null); // plan text alone has no page graph

  const execution = call('analyzeExecution', JSON.stringify(exec));
  assert.equal(execution.kind, 'execution');
  assert.equal(execution.description, exec.description);
  assert.equal(execution.findings.find((f) => f.ruleId === 'plan-cartesian-product').location.graphNodeId, '0');

  const graph = exec.nodes.map((n) => ({ nodeId: n.nodeId, nodeName: n.nodeName }));
  const page = call('analyzePlanOnPage', JSON.stringify({ plan: exec.planDescription, graph }));
  assert.equal(page.kind, 'plan');
  assert.equal(page.findings.find((f) => f.ruleId === 'plan-cartesian-product').location.graphNodeId, '0');

  assert.equal(call('analyzeText', exec.planDescription).kind, 'plan');
  assert.deepEqual(call('analyzeText', 'SELECT * FROM t').findings.map((f) => f.ruleId), ['select-star']);

  const catalog = call('catalog', '');
  assert.equal(catalog.version, '0.1.0');
  const star = catalog.rules.find((r) => r.id === 'select-star');
  assert.equal(star.severity, 'warning');
  assert.ok(star.bad.includes('*'), star.bad);
  const inList = catalog.rules.find((r) => r.id === 'large-in-list');
  assert.ok(inList.thresholds.some((t) => t.key === 'large-in-list.max'), JSON.stringify(inList.thresholds));

  // configure: a declared threshold changes the next analysis; an unknown key is refused and changes nothing
  const inSql = 'SELECT a FROM t WHERE b IN (1, 2, 3)';
  assert.ok(!call('analyzeSql', inSql).findings.some((f) => f.ruleId === 'large-in-list'));
  assert.deepEqual(call('configure', JSON.stringify({ thresholds: { 'large-in-list.max': 2 } })), { thresholds: 1 });
  assert.deepEqual(call('analyzeSql', inSql).findings.map((f) => f.ruleId), ['large-in-list']);
  const refused = call('configure', JSON.stringify({ thresholds: { 'large-in-list.maxx': 2 } }));
  assert.equal(refused.kind, 'configure');
  assert.match(refused.error, /large-in-list\.maxx/);
  assert.deepEqual(call('analyzeSql', inSql).findings.map((f) => f.ruleId), ['large-in-list']);
});

test('SQL: findings with rule id, severity, location and fix edits', () => {
  const r = analyze('analyzeSql', 'SELECT * FROM t WHERE a = NULL;\nDELETE FROM x');
  assert.equal(r.error, undefined);
  const ids = r.findings.map((f) => f.ruleId);
  assert.ok(ids.includes('select-star'), ids.join());
  assert.ok(ids.includes('null-comparison'), ids.join());
  assert.ok(ids.includes('delete-update-without-where'), ids.join());
  const nul = r.findings.find((f) => f.ruleId === 'null-comparison');
  assert.equal(nul.severity, 'error');
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
  assert.equal(analyze('analyzeText', plan).kind, 'plan');
  assert.equal(analyze('analyzeText', 'SELECT 1').kind, 'sql');
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
