'use strict';
(function () {
  var ext = typeof browser !== 'undefined' ? browser : chrome;
  var V = BrickOptimaView;
  var O = BrickOptimaOrigins;
  var status = document.getElementById('status');

  async function render() {
    var entries = await O.list();
    var ul = document.getElementById('origins');
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    if (!entries.length) ul.appendChild(V.el('li', 'meta', 'None yet.'));
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var granted = await ext.permissions.contains({ origins: [e.pattern] });
      var li = V.el('li', null, e.origin + (granted ? '' : ' (permission not granted)') + ' ');
      var rm = V.el('button', null, 'Remove');
      rm.type = 'button';
      rm.addEventListener('click', (function (p) {
        return function () { O.remove(p).then(render); };
      })(e.pattern));
      li.appendChild(rm);
      ul.appendChild(li);
    }
  }

  document.getElementById('add-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var entry = O.parse(document.getElementById('origin').value);
    if (!entry) {
      status.textContent = 'Enter an http:// or https:// address.';
      return;
    }
    // must be called straight from the user's gesture
    ext.permissions.request({ origins: [entry.pattern] }).then(function (ok) {
      if (!ok) {
        status.textContent = 'Permission for ' + entry.origin + ' was not granted.';
        return null;
      }
      return O.add(entry).then(function () {
        status.textContent = 'Added ' + entry.origin + '. Reload its Spark UI pages.';
        return render();
      });
    }).catch(function (e) { status.textContent = 'Could not add: ' + e; });
  });
  render();
})();
