// Chromium service worker: the engine, the origin helpers and the background logic, loaded in that order.
importScripts('engine.js', 'origins.js', 'background.js');
