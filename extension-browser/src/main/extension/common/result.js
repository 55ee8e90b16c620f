'use strict';
(function () {
  var ext = typeof browser !== 'undefined' ? browser : chrome;
  var V = BrickOptimaView;

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
    box.appendChild(V.findings(entry.result));
    if (entry.text) {
      document.getElementById('text').textContent = entry.text;
      document.getElementById('text-box').hidden = false;
    }
  }

  window.addEventListener('hashchange', render);
  render();
})();
