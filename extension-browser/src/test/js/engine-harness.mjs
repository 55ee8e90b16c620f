// Loads engine.js (TeaVM output) into this node process the way the background script loads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { teavmDir } from './paths.mjs';

let engine;
export function loadEngine() {
  if (engine) return engine;
  const sandbox = { console };
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(join(teavmDir, 'engine.js'), 'utf8'), sandbox, { filename: 'engine.js' });
  sandbox.main([]);
  engine = sandbox.BrickOptimaEngine;
  return engine;
}

export function analyze(fn, text) {
  return JSON.parse(loadEngine()[fn](text));
}
