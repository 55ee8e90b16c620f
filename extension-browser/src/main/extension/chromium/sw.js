// Chromium service worker: the plan engine, the settings and origin helpers and the background logic, in that order.
// sql-engine.js is not imported: the result page loads it for SQL selections (see background.js).
importScripts('engine.js', 'settings.js', 'origins.js', 'background.js');
