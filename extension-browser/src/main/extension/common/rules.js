'use strict';
(function () {
  var ext = typeof browser !== 'undefined' ? browser : chrome;
  var V = BrickOptimaView;

  function section(rule) {
    var s = V.el('section', 'rule-doc');
    s.id = rule.id;
    var h = V.el('h2');
    h.appendChild(V.el('code', null, rule.id));
    h.appendChild(document.createTextNode(' ' + rule.title));
    s.appendChild(h);
    s.appendChild(V.el('p', 'meta', rule.severity + ' · ' + rule.category + (rule.profile ? ' · profile ' + rule.profile : '')));
    s.appendChild(V.el('p', 'rationale', rule.rationale));
    if (rule.bad) { s.appendChild(V.el('div', 'label', 'Instead of')); s.appendChild(V.el('pre', 'example bad', rule.bad)); }
    if (rule.good) { s.appendChild(V.el('div', 'label', 'Prefer')); s.appendChild(V.el('pre', 'example good', rule.good)); }
    if (rule.thresholds && rule.thresholds.length) {
      var ul = V.el('ul', 'thresholds');
      rule.thresholds.forEach(function (t) {
        ul.appendChild(V.el('li', null, t.key + ' = ' + t['default'] + ' (default): ' + t.description));
      });
      s.appendChild(ul);
    }
    return s;
  }

  ext.runtime.sendMessage({ brickoptima: JSON.stringify({ type: 'catalog' }) }).then(function (r) {
    var catalog = JSON.parse(r.json);
    var box = document.getElementById('rules');
    while (box.firstChild) box.removeChild(box.firstChild);
    (catalog.rules || []).forEach(function (rule) { box.appendChild(section(rule)); });
    var wanted = decodeURIComponent(location.hash.slice(1));
    var target = wanted && document.getElementById(wanted);
    if (target) {
      target.classList.add('current');
      target.scrollIntoView();
    }
  });
})();
