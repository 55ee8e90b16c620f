// Starts content.js (TeaVM output publishes its entry point as `main` on the content script's own global).
'use strict';
if (typeof self.main === 'function' && !self.__brickoptimaStarted) {
  self.__brickoptimaStarted = true;
  self.main([]);
}
