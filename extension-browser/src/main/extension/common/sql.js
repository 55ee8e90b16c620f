// SQL analysis in the extension page that shows it. sql-engine.js (JSqlParser and the SQL rules, compiled by TeaVM)
// is most of the engine's bytes and only SQL selections need it, so it is loaded here, the first time a SQL text is
// analysed, as a script of the extension itself ('self' in the CSP): the background and the Spark UI pages never load it.
'use strict';
var BrickOptimaSql = (function () {
  var loading = null;

  /** The SQL engine (BrickOptimaSqlEngine), loaded once per page. */
  function engine() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = 'sql-engine.js';
        script.onload = function () {
          self.brickOptimaSqlMain([]);
          resolve(self.BrickOptimaSqlEngine);
        };
        script.onerror = function () {
          loading = null;
          reject(new Error('sql-engine.js did not load'));
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  // the settings last handed to the engine, so an analysis configures it only when they changed
  var applied = null;

  /** Analyses SQL text with the stored thresholds: always a result object, with `error` when something went wrong. */
  async function analyze(text) {
    try {
      var e = await engine();
      var settings = await BrickOptimaSettings.json();
      var notes = [];
      if (settings !== applied) {
        var answer = JSON.parse(e.configure(settings));
        if (answer.error) notes.push('thresholds not applied: ' + answer.error);
        else applied = settings;
      }
      var result = JSON.parse(e.analyzeSql(String(text)));
      result.source = 'selection';
      if (notes.length && !result.error) result.notes = (result.notes || []).concat(notes);
      return result;
    } catch (err) {
      return { kind: 'sql', error: 'analysis failed: ' + err };
    }
  }

  return { engine: engine, analyze: analyze };
})();
