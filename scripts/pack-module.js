#!/usr/bin/env node
// Packs the Emscripten loader and its .wasm into one classic script, yieldscope.js.
//
//   node scripts/pack-module.js LOADER.js MODULE.wasm OUT.js
//
// The page must run from file:// and from another origin (a blog embed), where
// a separate .wasm cannot be fetched, so the module travels inside the script.
// Emscripten's own single-file output stores it as base64, which gzip cannot
// squeeze back: base64 shifts the bytes out of alignment (2.1 MB of wasm was
// 0.95 MB gzipped that way, against 0.68 MB for the bare module). Here the
// module is gzipped first and then base64-encoded, so the script costs about
// what the bare module does, on the wire and on disk, and createYieldscope()
// unpacks it once (DecompressionStream in browsers, zlib in node) and hands it
// to the loader as `wasmBinary`.
'use strict';

const fs = require('fs');
const zlib = require('zlib');

const [loaderPath, wasmPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error('usage: pack-module.js LOADER.js MODULE.wasm OUT.js');
  process.exit(2);
}

// The loader is built with EXPORT_NAME=createYieldscopeLoader; its UMD tail
// (module.exports = ...) is replaced by the wrapper's own.
const LOADER_NAME = 'createYieldscopeLoader';
const loader = fs.readFileSync(loaderPath, 'utf8');
const tail = loader.indexOf("if (typeof exports === 'object' && typeof module === 'object')");
if (!loader.startsWith(`\nvar ${LOADER_NAME} = `) || tail < 0) {
  console.error(`pack-module: ${loaderPath} is not the MODULARIZE loader this script expects`);
  process.exit(1);
}
const packed = zlib.gzipSync(fs.readFileSync(wasmPath), { level: 9 }).toString('base64');

const script = `// yieldscope.js: the yieldscope engine (WebAssembly) and its loader in one script.
// createYieldscope(options) resolves to the Emscripten module; the wasm inside
// is stored gzipped and base64-encoded (scripts/pack-module.js).
var createYieldscope = (() => {
${loader.slice(0, tail)}
  var packed = '${packed}';
  var unpacking = null;

  var inNode = typeof process === 'object' && process.versions && process.versions.node &&
    typeof require === 'function';

  function base64Bytes(text) {
    if (inNode) return new Uint8Array(Buffer.from(text, 'base64'));
    var raw = atob(text);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  function gunzip(bytes) {
    if (inNode) return Promise.resolve(require('zlib').gunzipSync(bytes));
    if (typeof DecompressionStream !== 'function') {
      return Promise.reject(new Error('this browser cannot unpack yieldscope (no DecompressionStream)'));
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer();
  }

  // The module bytes, unpacked on first use and shared by every instance.
  function wasmBinary() {
    if (!unpacking) {
      unpacking = Promise.resolve().then(function () { return gunzip(base64Bytes(packed)); })
        .then(function (buffer) { return new Uint8Array(buffer); });
      unpacking.catch(function () { unpacking = null; });
    }
    return unpacking;
  }

  return function (options) {
    return wasmBinary().then(function (binary) {
      return ${LOADER_NAME}(Object.assign({}, options, { wasmBinary: binary }));
    });
  };
})();
if (typeof exports === 'object' && typeof module === 'object')
  module.exports = createYieldscope;
else if (typeof define === 'function' && define['amd'])
  define([], function() { return createYieldscope; });
else if (typeof exports === 'object')
  exports['createYieldscope'] = createYieldscope;
`;
fs.writeFileSync(outPath, script);
