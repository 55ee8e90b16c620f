'use strict';
(function () {
  var ext = typeof browser !== 'undefined' ? browser : chrome;
  var V = BrickOptimaView;
  var O = BrickOptimaOrigins;
  var status = document.getElementById('status');

  function say(cls, text) {
    status.className = 'status ' + cls;
    status.textContent = text;
  }

  async function render() {
    var entries = await O.list();
    var ul = document.getElementById('origins');
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    if (!entries.length) ul.appendChild(V.el('li', 'meta', 'None yet.'));
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var granted = await ext.permissions.contains({ origins: [e.pattern] });
      var li = V.el('li', 'origin', e.origin + (granted ? '' : ' (permission not granted)') + ' ');
      li.setAttribute('data-pattern', e.pattern);
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
    if (entry.error) {
      say('failed', entry.error);
      return;
    }
    // shown until the user answers the browser's prompt, so an earlier message never stands for this request
    say('pending', 'Waiting for your answer to the browser\u2019s permission request for ' + entry.origin + '\u2026');
    // must be called straight from the user's gesture
    ext.permissions.request({ origins: [entry.pattern] }).then(function (ok) {
      if (!ok) {
        say('failed', 'Permission for ' + entry.origin + ' was not granted.');
        return null;
      }
      return O.add(entry).then(function () {
        say('done', 'Added ' + entry.origin + '. Reload its Spark UI pages.');
        return render();
      });
    }).catch(function (e) { say('failed', 'Could not add ' + entry.origin + ': ' + e); });
  });

  // Thresholds: the rules and defaults come from the engine's catalog (rule metadata), the values the user set from storage.
  function ask(req) {
    return ext.runtime.sendMessage({ brickoptima: JSON.stringify(req) }).then(function (r) { return JSON.parse(r.json); });
  }

  async function renderThresholds() {
    var catalog = await ask({ type: 'catalog' });
    var set = BrickOptimaSettings.thresholds(await ext.storage.local.get('thresholds'));
    var body = document.getElementById('thresholds');
    while (body.firstChild) body.removeChild(body.firstChild);
    (catalog.rules || []).forEach(function (rule) {
      (rule.thresholds || []).forEach(function (t) {
        var tr = V.el('tr');
        tr.appendChild(V.el('td', 'rule', rule.id));
        tr.appendChild(V.el('td', null, t.name));
        tr.appendChild(V.el('td', 'meta', t.description));
        var td = V.el('td');
        var input = V.el('input');
        input.type = 'number';
        input.min = '0';
        input.step = 'any';
        input.name = t.key;
        input.placeholder = String(t['default']);
        input.setAttribute('data-default', String(t['default']));
        input.setAttribute('aria-label', t.key);
        if (typeof set[t.key] === 'number') input.value = String(set[t.key]);
        td.appendChild(input);
        tr.appendChild(td);
        body.appendChild(tr);
      });
    });
  }

  var thresholdStatus = document.getElementById('threshold-status');

  document.getElementById('threshold-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var values = {};
    var inputs = document.querySelectorAll('#thresholds input');
    for (var i = 0; i < inputs.length; i++) {
      var raw = inputs[i].value.trim();
      if (raw === '') continue; // empty: the rule's default
      var n = Number(raw);
      if (!isFinite(n) || n < 0) {
        thresholdStatus.className = 'status failed';
        thresholdStatus.textContent = inputs[i].name + ' must be a number >= 0; nothing was saved.';
        inputs[i].focus();
        return;
      }
      values[inputs[i].name] = n;
    }
    ext.storage.local.set({ thresholds: values }).then(function () {
      var n = Object.keys(values).length;
      thresholdStatus.className = 'status done';
      thresholdStatus.textContent = n ? 'Saved ' + n + ' threshold' + (n === 1 ? '' : 's') + '; the next analysis uses them.'
        : 'Saved: every rule uses its default.';
    });
  });

  document.getElementById('threshold-reset').addEventListener('click', function () {
    ext.storage.local.set({ thresholds: {} }).then(renderThresholds).then(function () {
      thresholdStatus.className = 'status done';
      thresholdStatus.textContent = 'Every rule uses its default again.';
    });
  });

  render();
  renderThresholds().catch(function (e) {
    thresholdStatus.className = 'status failed';
    thresholdStatus.textContent = 'Could not read the rules: ' + e;
  });
})();
