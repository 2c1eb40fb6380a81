#!/usr/bin/env node
// yieldscope-node.js: the native CLI's `run` and `dis` commands, on the wasm build under node.
// Usage: node scripts/yieldscope-node.js run [--error-line] FILE | dis FILE  (YS_WASM_JS overrides the module path)
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const USAGE = 'usage: yieldscope run [--error-line] FILE\n       yieldscope dis FILE\n';
const modulePath = process.env.YS_WASM_JS
  ? path.resolve(process.env.YS_WASM_JS)
  : path.join(__dirname, '..', 'build', 'wasm', 'yieldscope.js');

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const errorLine = command === 'run' && rest[0] === '--error-line';
  const files = errorLine ? rest.slice(1) : rest;
  if ((command !== 'run' && command !== 'dis') || files.length !== 1) return null;
  return { command, errorLine, file: files[0] };
}

// stdout and stderr are written in full before node exits: exitCode, not process.exit().
async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }

  let source;
  try {
    source = fs.readFileSync(args.file, 'utf8');
  } catch (e) {
    process.stderr.write(`yieldscope: can't open file '${args.file}': [Errno 2] No such file or directory\n`);
    process.exitCode = 2;
    return;
  }

  const createYieldscope = require(modulePath);
  const M = await createYieldscope();
  // 10,000,000 is SessionOptions' default step budget, which the native CLI uses too.
  const session = new M.Session(args.errorLine, 10000000);
  try {
    const loaded = session.load(source, args.file);
    const listing = args.command === 'dis' && loaded.ok;
    if (args.command === 'run' && loaded.ok) session.run(0);
    process.stdout.write(listing ? session.dis() : session.stdoutText());
    process.stderr.write(session.stderrText());
    process.exitCode = listing ? 0 : session.exitStatus();
  } finally {
    session.delete();
  }
}

main().catch((e) => {
  process.stderr.write(`yieldscope: internal error: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 70;
});
