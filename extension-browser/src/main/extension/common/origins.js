// Origins the user added in the options page: host permission asked at run time, content script registered for it.
'use strict';
var BrickOptimaOrigins = (function () {
  var ext = typeof browser !== 'undefined' ? browser : chrome;

  /** "https://spark.example.com:18080/anything" -> {origin, pattern}; null for anything but http(s). */
  function parse(input) {
    var u;
    try { u = new URL(String(input).trim()); } catch (e) { return null; }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // match patterns carry no port: the pattern covers every port of that host
    return { origin: u.origin, pattern: u.protocol + '//' + u.hostname + '/*' };
  }

  function scriptId(pattern) {
    return 'brickoptima-' + pattern.replace(/[^a-zA-Z0-9]/g, '_');
  }

  async function list() {
    var got = await ext.storage.local.get('origins');
    return Array.isArray(got.origins) ? got.origins : [];
  }

  async function register(pattern) {
    var id = scriptId(pattern);
    var existing = await ext.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length) return;
    await ext.scripting.registerContentScripts([{
      id: id, matches: [pattern], js: ['content.js', 'content-start.js'], css: ['content.css'], runAt: 'document_idle'
    }]);
  }

  /** Re-registers the content script of every added origin whose permission is still granted. */
  async function sync() {
    var entries = await list();
    for (var i = 0; i < entries.length; i++) {
      var p = entries[i].pattern;
      if (await ext.permissions.contains({ origins: [p] })) await register(p);
    }
  }

  async function add(entry) {
    var entries = await list();
    if (!entries.some(function (e) { return e.pattern === entry.pattern; })) entries.push(entry);
    await ext.storage.local.set({ origins: entries });
    await register(entry.pattern);
  }

  async function remove(pattern) {
    var entries = (await list()).filter(function (e) { return e.pattern !== pattern; });
    await ext.storage.local.set({ origins: entries });
    try { await ext.scripting.unregisterContentScripts({ ids: [scriptId(pattern)] }); } catch (e) { /* not registered */ }
    await ext.permissions.remove({ origins: [pattern] });
  }

  return { parse: parse, list: list, add: add, remove: remove, sync: sync };
})();
