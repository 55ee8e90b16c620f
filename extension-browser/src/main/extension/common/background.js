// Background (Chromium service worker / Firefox event page): runs the plan engine (engine.js, compiled from Java by
// TeaVM) away from the Spark UI page, serves content scripts, the context menu and the result page. SQL text is
// analysed by the result page with sql-engine.js (sql.js), so the background never loads JSqlParser.
'use strict';
var ext = typeof browser !== 'undefined' ? browser : chrome;
var MENU_ID = 'brickoptima-analyze-selection';
var RECENT_MAX = 25;
var TEXT_MAX = 200000;

function engine() {
  if (!self.BrickOptimaEngine && typeof self.main === 'function') self.main([]);
  return self.BrickOptimaEngine;
}

// The thresholds of the options page, as last handed to the engine (JSON text); re-read when storage changes.
var appliedSettings = null;

/** Hands the stored thresholds to the engine when they changed since the last analysis. */
async function applySettings() {
  var json = await BrickOptimaSettings.json();
  if (json === appliedSettings) return null;
  var answer = JSON.parse(engine().configure(json));
  appliedSettings = json;
  return answer.error || null;
}

ext.storage.onChanged.addListener(function (changes, area) {
  if (area === 'local' && changes.thresholds) appliedSettings = null;
});

/** Runs one request through the engine; always an object, with `error` when something went wrong. */
function analyze(req) {
  var e = engine();
  var payload = typeof req.payload === 'string' ? req.payload : '';
  var json;
  if (req.type === 'analyze-execution') json = e.analyzeExecution(payload);
  else if (req.type === 'analyze-plan') json = e.analyzePlan(payload);
  else if (req.type === 'analyze-page-plan') json = e.analyzePlanOnPage(payload);
  else return { error: 'unknown request' };
  var result = JSON.parse(json);
  result.source = req.source || null;
  return result;
}

/** `analyze` with the stored thresholds; a threshold the engine refused is named in the result's notes. */
async function analyzeWithSettings(req) {
  var settingsError = await applySettings();
  var result = analyze(req);
  if (settingsError && !result.error) result.notes = (result.notes || []).concat(['thresholds not applied: ' + settingsError]);
  return result;
}

/**
 * Adds an analysis to the recent list. `key` names what was analysed (an execution's page URL): a newer analysis
 * of the same execution, from the SQL list or from its page, replaces the older entry instead of adding one.
 * A SQL selection is stored with `result: null, pending: 'sql'` and its whole text, for the result page to analyse.
 */
async function remember(title, page, result, text, key) {
  var got = await ext.storage.local.get('recent');
  var recent = Array.isArray(got.recent) ? got.recent : [];
  if (key) recent = recent.filter(function (r) { return r.key !== key; });
  var id = Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
  var pending = result === null;
  recent.unshift({
    id: id, key: key || null, when: Date.now(), title: String(title || '').slice(0, 300), page: page || null,
    result: result, pending: pending ? 'sql' : null, text: text ? (pending ? String(text) : String(text).slice(0, TEXT_MAX)) : null
  });
  await ext.storage.local.set({ recent: recent.slice(0, RECENT_MAX) });
  return id;
}

/** The result page's analysis of a pending SQL entry: stored in its entry, whose text is then cut to TEXT_MAX. */
async function settle(id, result) {
  var got = await ext.storage.local.get('recent');
  var recent = Array.isArray(got.recent) ? got.recent : [];
  var entry = recent.filter(function (r) { return r.id === id && r.pending === 'sql'; })[0];
  if (!entry || !result || typeof result !== 'object') return { ok: false };
  entry.result = result;
  entry.pending = null;
  if (entry.text) entry.text = entry.text.slice(0, TEXT_MAX);
  await ext.storage.local.set({ recent: recent });
  return { ok: true };
}

// Only the extension's own pages (not content scripts) may settle an entry.
function fromExtensionPage(sender) {
  return typeof sender.url === 'string' && sender.url.indexOf(ext.runtime.getURL('')) === 0;
}

// Only our own extension's pages and content scripts; a key is an execution page URL of the sender's own origin.
function keyOf(req, sender) {
  if (typeof req.key !== 'string' || !sender.url) return null;
  try { return new URL(req.key).origin === new URL(sender.url).origin ? req.key : null; } catch (e) { return null; }
}

async function handle(req, sender) {
  if (req.type === 'catalog') return JSON.parse(engine().catalog());
  if (req.type === 'sql-result') return fromExtensionPage(sender) ? settle(String(req.id), req.result) : { error: 'not allowed' };
  if (req.type === 'open-rule') {
    var rule = String(req.rule || '').replace(/[^a-z0-9-]/g, '');
    await ext.tabs.create({ url: ext.runtime.getURL('rules.html#' + rule) });
    return { ok: true };
  }
  var result = await analyzeWithSettings(req);
  if (!result.error) {
    var title = result.description || (req.executionId != null ? 'Execution ' + req.executionId : 'Plan');
    remember(title, sender.url || req.page, result, null, keyOf(req, sender)).catch(function () { /* storage full: keep going */ });
  }
  return result;
}

// Content scripts and extension pages: {brickoptima: "<request JSON>"} -> {json: "<result JSON>"}
ext.runtime.onMessage.addListener(function (msg, sender, sendResponse) {
  if (!msg || typeof msg.brickoptima !== 'string' || sender.id !== ext.runtime.id) return false;
  var req;
  try { req = JSON.parse(msg.brickoptima); } catch (e) { req = {}; }
  handle(req, sender).catch(function (e) { return { error: 'analysis failed: ' + e }; }).then(function (result) {
    sendResponse({ json: JSON.stringify(result) });
  });
  return true; // answered asynchronously
});

/**
 * Keeps a selection in the recent list and opens the result page; returns the entry id. A plan is analysed here;
 * SQL is analysed by the result page, which loads the SQL engine (a page can load a script when it needs it, a
 * service worker cannot).
 */
async function analyzeAndShow(text, page) {
  var result = null;
  try {
    if (engine().textKind(String(text)) === 'plan') {
      result = await analyzeWithSettings({ type: 'analyze-plan', payload: text, source: 'selection' });
    }
  } catch (e) { result = { error: 'analysis failed: ' + e }; }
  var firstLine = String(text).trim().split('\n')[0].slice(0, 80);
  var id = await remember('Selection: ' + firstLine, page, result, text);
  await ext.windows.create({ url: ext.runtime.getURL('result.html#' + id), type: 'popup', width: 780, height: 660 });
  return id;
}

ext.contextMenus.onClicked.addListener(function (info, tab) {
  if (info.menuItemId !== MENU_ID) return;
  var fallback = info.selectionText || '';
  // selectionText collapses line breaks, which plan text needs: read the selection from the tab (activeTab)
  var read = tab && tab.id >= 0
    ? ext.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [info.frameId || 0] },
      func: function () { return String(getSelection()); }
    }).then(function (r) { return r && r[0] && r[0].result ? r[0].result : fallback; }, function () { return fallback; })
    : Promise.resolve(fallback);
  read.then(function (text) { return analyzeAndShow(text, tab && tab.url); });
});

function setUp() {
  ext.contextMenus.removeAll(function () {
    ext.contextMenus.create({ id: MENU_ID, title: 'Analyze selection with BrickOptima', contexts: ['selection'] });
  });
  BrickOptimaOrigins.sync().catch(function () { /* a revoked permission: the options page shows it */ });
}

ext.runtime.onInstalled.addListener(setUp);
ext.runtime.onStartup.addListener(setUp);

// for the end-to-end test and the result page's "analyze again"
self.BrickOptimaBackground = { analyzeAndShow: analyzeAndShow, analyze: analyze, engine: engine };
