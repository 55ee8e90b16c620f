// DOM helpers for the extension pages. Text from pages (query descriptions, plan and SQL text) is only ever
// set with textContent or attributes, never parsed as HTML.
'use strict';
var BrickOptimaView = (function () {
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }

  function plural(n, w) { return n + ' ' + w + (n === 1 ? '' : 's'); }

  function countsText(c) {
    if (!c) return '';
    var parts = [];
    if (c.error) parts.push(plural(c.error, 'error'));
    if (c.warning) parts.push(plural(c.warning, 'warning'));
    if (c.info) parts.push(c.info + ' info');
    return parts.length ? parts.join(', ') : 'no findings';
  }

  /** Counts as one chip per severity, each coloured by its severity ("2 errors" red, "1 warning" amber). */
  function counts(result) {
    var box = el('span', 'counts');
    if (result === null) { // a SQL selection its result page has not analysed yet
      box.appendChild(el('span', 'count pending', 'not analysed yet'));
      return box;
    }
    if (!result || result.error) {
      box.appendChild(el('span', 'count failed', 'failed'));
      return box;
    }
    var c = result.counts || {};
    if (c.error) box.appendChild(el('span', 'count error', plural(c.error, 'error')));
    if (c.warning) box.appendChild(el('span', 'count warning', plural(c.warning, 'warning')));
    if (c.info) box.appendChild(el('span', 'count info', c.info + ' info'));
    if (!box.firstChild) box.appendChild(el('span', 'count clean', 'no findings'));
    return box;
  }

  /** A fix's text to paste (engine: FixCopyText) with a Copy button. */
  function copyBlock(text) {
    var box = el('div', 'copy');
    var code = el('pre', 'copy-text', text);
    var button = el('button', 'copy-button', 'Copy');
    button.type = 'button';
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(text).then(function () { button.textContent = 'Copied'; }, function () {
        var range = document.createRange();
        range.selectNodeContents(code);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        button.textContent = 'Selected: press Ctrl+C';
      });
    });
    box.appendChild(code);
    box.appendChild(button);
    return box;
  }

  function worst(c) {
    if (!c) return 'failed';
    return c.error ? 'error' : c.warning ? 'warning' : c.info ? 'info' : 'clean';
  }

  function findings(result) {
    var box = el('div', 'findings');
    if (!result || result.error) {
      box.appendChild(el('p', 'failed', 'Analysis failed: ' + (result ? result.error : 'no result')));
      return box;
    }
    box.appendChild(el('p', 'summary ' + worst(result.counts), countsText(result.counts) + ' (' + result.kind + ', ' + result.millis + ' ms)'));
    var ol = el('ol', 'finding-list');
    (result.findings || []).forEach(function (f) {
      var li = el('li', 'finding ' + f.severity);
      var head = el('div', 'head');
      head.appendChild(el('span', 'sev', f.severity));
      head.appendChild(el('span', 'rule', f.ruleId));
      head.appendChild(el('span', 'message', f.message));
      li.appendChild(head);
      var loc = f.location;
      if (loc && loc.operatorId != null) {
        li.appendChild(el('div', 'where', 'Operator: ' + (loc.operator ? loc.operator + ' ' : '') + '(' + loc.operatorId + ')'));
      } else if (loc) {
        li.appendChild(el('div', 'where', 'Line ' + loc.line + ', column ' + loc.column));
      }
      if (f.detail) li.appendChild(el('div', 'detail', f.detail));
      (f.fixes || []).forEach(function (x) {
        li.appendChild(el('div', 'fix', 'Fix: ' + x.description));
        if (x.copy) li.appendChild(copyBlock(x.copy));
      });
      ol.appendChild(li);
    });
    box.appendChild(ol);
    return box;
  }

  return { el: el, countsText: countsText, counts: counts, worst: worst, findings: findings };
})();
