// Filters findings by text and severity. Only toggles classes: no report text is ever turned into markup.
(function () {
  var box = document.getElementById('filter');
  var toggles = Array.prototype.slice.call(document.querySelectorAll('.sev-toggle'));
  var articles = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var files = Array.prototype.slice.call(document.querySelectorAll('details.file'));
  var shown = document.getElementById('shown');
  var texts = articles.map(function (a) {
    return (a.closest('details').getAttribute('data-path') + ' ' + a.textContent).toLowerCase();
  });
  function apply() {
    var q = box.value.trim().toLowerCase();
    var sev = {};
    toggles.forEach(function (t) { sev[t.value] = t.checked; });
    var n = 0;
    articles.forEach(function (a, i) {
      var visible = sev[a.getAttribute('data-sev')] && (q === '' || texts[i].indexOf(q) >= 0);
      a.classList.toggle('hidden', !visible);
      if (visible) n++;
    });
    files.forEach(function (f) {
      var any = f.querySelector('article.finding:not(.hidden)') || (q === '' && !f.querySelector('article.finding'));
      f.classList.toggle('hidden', !any);
    });
    shown.textContent = n + ' of ' + articles.length + ' findings shown';
  }
  var timer;
  box.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  toggles.forEach(function (t) { t.addEventListener('change', apply); });
  apply();
})();
