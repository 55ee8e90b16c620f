// Background (Chromium service worker / Firefox event page): runs the engine (engine.js, compiled from Java by
// TeaVM) away from the Spark UI page, serves content scripts, the context menu and the result page.
'use strict';
var ext = typeof browser !== 'undefined' ? browser : chrome;
var MENU_ID = 'brickoptima-analyze-selection';
var RECENT_MAX = 25;
var TEXT_MAX = 200000;

function engine() {
  if (!self.BrickOptimaEngine && typeof self.main === 'function') self.main([]);
  return self.BrickOptimaEngine;
}

/** Runs one request through the engine; always an object, with `error` when something went wrong. */
function analyze(req) {
  var e = engine();
  var payload = typeof req.payload === 'string' ? req.payload : '';
  var json;
  if (req.type === 'analyze-execution') json = e.analyzeExecution(payload);
  else if (req.type === 'analyze-plan') json = e.analyzePlan(payload);
  else if (req.type === 'analyze-page-plan') json = e.analyzePlanOnPage(payload);
  else if (req.type === 'analyze-text') json = e.analyzeText(payload);
  else return { error: 'unknown request' };
  var result = JSON.parse(json);
  result.source = req.source || null;
  return result;
}

async function remember(title, page, result, text) {
  var got = await ext.storage.local.get('recent');
  var recent = Array.isArray(got.recent) ? got.recent : [];
  var id = Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
  recent.unshift({
    id: id, when: Date.now(), title: String(title || '').slice(0, 300), page: page || null,
    result: result, text: text ? String(text).slice(0, TEXT_MAX) : null
  });
  await ext.storage.local.set({ recent: recent.slice(0, RECENT_MAX) });
  return id;
}

// Content scripts: {brickoptima: "<request JSON>"} -> {json: "<result JSON>"}
ext.runtime.onMessage.addListener(function (msg, sender, sendResponse) {
  if (!msg || typeof msg.brickoptima !== 'string' || sender.id !== ext.runtime.id) return false;
  var result;
  var req = {};
  try {
    req = JSON.parse(msg.brickoptima);
    result = analyze(req);
  } catch (e) {
    result = { error: 'analysis failed: ' + e };
  }
  if (!result.error) {
    var title = result.description || (req.executionId != null ? 'Execution ' + req.executionId : 'Plan');
    remember(title, sender.url || req.page, result, null).catch(function () { /* storage full: keep going */ });
  }
  sendResponse({ json: JSON.stringify(result) });
  return false;
});

/** Analyses text (SQL or plan), keeps it in the recent list and opens the result page; returns the entry id. */
async function analyzeAndShow(text, page) {
  var result;
  try { result = analyze({ type: 'analyze-text', payload: text, source: 'selection' }); }
  catch (e) { result = { error: 'analysis failed: ' + e }; }
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
self.BrickOptimaBackground = { analyzeAndShow: analyzeAndShow, analyze: analyze };
