// The thresholds the options page stored, as the engines' settings JSON: read the same way by the background (plan
// engine), the result page (SQL engine) and the options page.
'use strict';
var BrickOptimaSettings = (function () {
  var ext = typeof browser !== 'undefined' ? browser : chrome;

  /** The stored {"rule.name": number} map, or {} when there is none. */
  function thresholds(got) {
    return got && got.thresholds && typeof got.thresholds === 'object' ? got.thresholds : {};
  }

  /** The settings JSON for an engine's configure(). */
  function json() {
    return ext.storage.local.get('thresholds').then(function (got) { return JSON.stringify({ thresholds: thresholds(got) }); });
  }

  return { thresholds: thresholds, json: json };
})();
