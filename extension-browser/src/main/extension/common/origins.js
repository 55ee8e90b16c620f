// Origins the user added in the options page: host permission asked at run time, content script registered for it.
'use strict';
var BrickOptimaOrigins = (function () {
  var ext = typeof browser !== 'undefined' ? browser : chrome;

  // One host: DNS labels (letters, digits, inner hyphens), an IPv4 address or a bracketed IPv6 address. Nothing that
  // a match pattern would read as a wildcard ("*", "*.example.com") or that names no host.
  var LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

  function isSingleHost(hostname) {
    if (/^\[[0-9a-f:.]+\]$/.test(hostname)) return true;
    if (!hostname || hostname.length > 253) return false;
    var labels = hostname.split('.');
    return labels.every(function (l) { return LABEL.test(l); });
  }

  /**
   * "https://spark.example.com:18080/anything" -> {origin, pattern}; {error} for anything but one http(s) host
   * (a wildcard such as "http://*" would register the content script on every site).
   */
  function parse(input) {
    var text = String(input).trim();
    if (text.indexOf('*') >= 0) return { error: 'Enter one Spark UI address; wildcards such as * are not allowed.' };
    var u;
    try { u = new URL(text); } catch (e) { return { error: 'Enter an http:// or https:// address.' }; }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: 'Enter an http:// or https:// address.' };
    if (!isSingleHost(u.hostname)) return { error: 'Not a host name: ' + u.hostname };
    // match patterns carry no port: the pattern covers every port of that host
    return { origin: u.origin, pattern: u.protocol + '//' + u.hostname + '/*' };
  }

  /**
   * A registration id per pattern, one-to-one: every character outside [a-z0-9] becomes "_" plus its code in hex, so
   * "a-b.example" and "a.b.example" (and "_" itself) never share an id.
   */
  function scriptId(pattern) {
    return 'brickoptima-' + pattern.replace(/[^a-z0-9]/g, function (c) { return '_' + c.charCodeAt(0).toString(16); });
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

  /**
   * Re-registers the content script of every added origin whose permission is still granted, and drops
   * registrations no added origin explains (ids of an older version, an origin removed meanwhile).
   */
  async function sync() {
    var entries = await list();
    var wanted = entries.map(function (e) { return scriptId(e.pattern); });
    var stale = (await ext.scripting.getRegisteredContentScripts())
      .map(function (s) { return s.id; })
      .filter(function (id) { return id.indexOf('brickoptima-') === 0 && wanted.indexOf(id) < 0; });
    if (stale.length) await ext.scripting.unregisterContentScripts({ ids: stale });
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

  return { parse: parse, scriptId: scriptId, list: list, add: add, remove: remove, sync: sync };
})();
