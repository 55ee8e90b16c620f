// Loads engine.js (TeaVM output) into this node process the way the background script loads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { teavmDir } from './paths.mjs';

let engine;
export function loadEngine() {
  if (!engine) engine = loadEngineFrom(join(teavmDir, 'engine.js'));
  return engine;
}

/** A fresh engine from any engine.js file, in its own context. */
export function loadEngineFrom(file) {
  const sandbox = { console };
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(file, 'utf8'), sandbox, { filename: 'engine.js' });
  sandbox.main([]);
  return sandbox.BrickOptimaEngine;
}

export function analyze(fn, text) {
  return JSON.parse(loadEngine()[fn](text));
}
