// Loads engine.js (plan engine) and sql-engine.js (SQL engine), TeaVM output, into this node process the way the
// background script and the result page load them: each in its own global, started through its entry point.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import vm from 'node:vm';
import { teavmDir } from './paths.mjs';

/** What each script publishes: the entry point TeaVM exports, and the global its main() sets. */
const SCRIPTS = {
  'engine.js': { main: 'main', global: 'BrickOptimaEngine' },
  'sql-engine.js': { main: 'brickOptimaSqlMain', global: 'BrickOptimaSqlEngine' }
};

const loaded = {};

/** The plan engine of this build (BrickOptimaEngine). */
export function loadEngine() {
  return loaded.plan ??= loadEngineFrom(join(teavmDir, 'engine.js'));
}

/** The SQL engine of this build (BrickOptimaSqlEngine). */
export function loadSqlEngine() {
  return loaded.sql ??= loadEngineFrom(join(teavmDir, 'sql-engine.js'));
}

/** A fresh engine from an engine.js or sql-engine.js file, in its own context. */
export function loadEngineFrom(file) {
  const script = SCRIPTS[basename(file)];
  if (!script) throw new Error(`not an engine script: ${file}`);
  const sandbox = { console };
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(file, 'utf8'), sandbox, { filename: basename(file) });
  sandbox[script.main]([]);
  return sandbox[script.global];
}

/** Calls an engine function (analyzeSql on the SQL engine, anything else on the plan engine) and parses its JSON. */
export function analyze(fn, text) {
  const engine = fn === 'analyzeSql' ? loadSqlEngine() : loadEngine();
  return JSON.parse(engine[fn](text));
}
