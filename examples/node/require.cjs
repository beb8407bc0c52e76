/* global require, console */
/* eslint-disable @typescript-eslint/no-require-imports */
// The package is ESM only. From CommonJS, Node ≥ 20.19 (and 22.12+) loads it with `require()`;
// older Node needs `await import('sx-science-week')`.
const { createClient } = require('sx-science-week');
const { serverDataReady } = require('sx-science-week/ssr');

if (typeof createClient !== 'function' || typeof serverDataReady !== 'function') {
  throw new Error('require(esm) did not give the exports');
}
console.log('require() ok');
