'use strict';
(function () {
  var ext = typeof browser !== 'undefined' ? browser : chrome;
  var V = BrickOptimaView;

  async function render() {
    var got = await ext.storage.local.get('recent');
    var recent = Array.isArray(got.recent) ? got.recent : [];
    var ul = document.getElementById('recent');
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    document.getElementById('empty').hidden = recent.length > 0;
    recent.forEach(function (r) {
      var li = V.el('li', 'entry');
      li.appendChild(V.el('span', 'title', r.title));
      li.appendChild(V.counts(r.result));
      li.appendChild(V.el('span', 'meta', ' · ' + new Date(r.when).toLocaleString()));
      li.addEventListener('click', function () {
        ext.tabs.create({ url: ext.runtime.getURL('result.html#' + encodeURIComponent(r.id)) });
      });
      ul.appendChild(li);
    });
  }

  document.getElementById('options').addEventListener('click', function (e) {
    e.preventDefault();
    ext.runtime.openOptionsPage();
  });
  document.getElementById('clear').addEventListener('click', function (e) {
    e.preventDefault();
    ext.storage.local.set({ recent: [] }).then(render);
  });
  render();
})();
