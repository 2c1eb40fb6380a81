// wasm-module.js: loads the wasm build into node (not a command itself).
//
//   const { loadYieldscope } = require('./wasm-module.js');
//   const M = await loadYieldscope();   // the Emscripten module: new M.Session(...)
//
// The page needs one self-contained script, build/wasm/yieldscope.js (see
// scripts/pack-module.js): it runs from file:// and inside other sites, where a
// separate .wasm cannot be fetched. Node can read files, so here the module is
// taken as Emscripten links it: the loader script and the .wasm beside it. That
// skips the packed script's two costs, V8 parsing a megabyte of base64 and
// gunzip, which are about a third of a cold start (docs/performance.md).
//
// YS_WASM_JS names a packed yieldscope.js to load instead (A/B runs of two builds,
// or the page's own script).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const BUILD_DIR = path.join(__dirname, '..', 'build', 'wasm');
const LOADER = path.join(BUILD_DIR, 'yieldscope_loader.js');
const MODULE = path.join(BUILD_DIR, 'yieldscope_loader.wasm');
const PACKED = path.join(BUILD_DIR, 'yieldscope.js');

// Which files loadYieldscope() will use: { packed: PATH } or { loader, module }.
function modulePaths() {
  if (process.env.YS_WASM_JS) return { packed: path.resolve(process.env.YS_WASM_JS) };
  return { loader: LOADER, module: MODULE };
}

// A new, independent module instance, from modulePaths() unless `where` says otherwise.
function loadYieldscope(options = {}, where = modulePaths()) {
  if (where.packed) return require(where.packed)(options);
  // V8 compiles the module on its own threads while this one reads the loader.
  // (Left to find the .wasm itself, this Emscripten loader would try fetch(),
  // which node 18+ has but which cannot read a file path.)
  const compiling = WebAssembly.compile(fs.readFileSync(where.module));
  const createLoader = require(where.loader);
  let failInstantiate;
  const instantiateFailed = new Promise((resolve, reject) => { failInstantiate = reject; });
  const instantiateWasm = (imports, receiveInstance) => {
    compiling
      .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module)))
      .catch(failInstantiate);
    return {};  // asynchronous: the exports arrive through receiveInstance
  };
  // The loader's own promise never settles when instantiateWasm fails.
  return Promise.race([createLoader(Object.assign({}, options, { instantiateWasm })), instantiateFailed]);
}

module.exports = { loadYieldscope, modulePaths, PACKED };
