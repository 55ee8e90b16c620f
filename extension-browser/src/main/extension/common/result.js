'use strict';
(function () {
  var ext = typeof browser !== 'undefined' ? browser : chrome;
  var V = BrickOptimaView;

  /** A SQL selection the background kept for this page: analysed here (sql.js), then stored in its entry. */
  async function settle(entry, box) {
    box.appendChild(V.el('p', 'meta analysing', 'Analysing SQL\u2026'));
    var result = await BrickOptimaSql.analyze(entry.text);
    await ext.runtime.sendMessage({ brickoptima: JSON.stringify({ type: 'sql-result', id: entry.id, result: result }) });
    return result;
  }

  async function render() {
    var id = decodeURIComponent(location.hash.slice(1));
    var got = await ext.storage.local.get('recent');
    var entry = (Array.isArray(got.recent) ? got.recent : []).filter(function (r) { return r.id === id; })[0];
    var box = document.getElementById('result');
    while (box.firstChild) box.removeChild(box.firstChild);
    if (!entry) {
      box.appendChild(V.el('p', 'failed', 'This analysis is no longer in the recent list.'));
      return;
    }
    document.getElementById('title').textContent = entry.title;
    document.getElementById('page').textContent = (entry.page ? entry.page + ' · ' : '') + new Date(entry.when).toLocaleString();
    var result = entry.pending === 'sql' ? await settle(entry, box) : entry.result;
    while (box.firstChild) box.removeChild(box.firstChild);
    box.appendChild(V.findings(result));
    if (entry.text) {
      document.getElementById('text').textContent = entry.text;
      document.getElementById('text-box').hidden = false;
    }
  }

  window.addEventListener('hashchange', render);
  render();
})();
