#!/usr/bin/env node
// yieldscope-node.js: the native CLI's `run` and `dis` commands, on the wasm build under node.
// Usage: node scripts/yieldscope-node.js run [--error-line] [--max-steps N] [--max-memory SIZE] FILE | dis FILE
// (the module is loaded by scripts/wasm-module.js; YS_WASM_JS names a packed yieldscope.js instead)
'use strict';

const fs = require('node:fs');

const USAGE =
  'usage: yieldscope run [--error-line] [--max-steps N] [--max-memory SIZE] FILE\n' +
  '       yieldscope dis FILE\n' +
  'SIZE is in bytes, or with a suffix K, M or G (KiB, MiB, GiB); 0 is no cap. The default is 1G.\n';
const { loadYieldscope } = require('./wasm-module.js');

// Like the native CLI, a program runs to its end unless --max-steps is given
// (the page keeps SessionOptions' default budget).
const CLI_STEP_BUDGET = 1e12;
// The native CLI's memory cap (SessionOptions' native default); the page keeps the module's
// lower one. The module's memory can grow to 2 GiB, so the cap and its headroom fit.
const CLI_MAX_MEMORY = 1024 * 1024 * 1024;
// SessionOptions' output limit, which the four-argument constructor needs spelled out.
const OUTPUT_LIMIT = 4 * 1024 * 1024;

// A byte count as the native CLI reads it: digits, optionally K, M or G (binary multiples).
function parseSize(text) {
  const m = /^([0-9]+)([KkMmGg]?)$/.exec(text || '');
  if (!m) return null;
  const shift = { '': 0, k: 10, m: 20, g: 30 }[m[2].toLowerCase()];
  return Number(m[1]) * 2 ** shift;
}

function parseArgs(argv) {
  const [command, ...rest] = argv;
  let errorLine = false;
  let maxSteps = CLI_STEP_BUDGET;
  let maxMemory = CLI_MAX_MEMORY;
  while (command === 'run' && rest.length > 1 && rest[0].startsWith('--')) {
    const option = rest.shift();
    if (option === '--error-line') errorLine = true;
    else if (option === '--max-steps' && /^[0-9]+$/.test(rest[0] || '')) maxSteps = Number(rest.shift());
    else if (option === '--max-memory' && parseSize(rest[0]) !== null) maxMemory = parseSize(rest.shift());
    else return null;
  }
  if ((command !== 'run' && command !== 'dis') || rest.length !== 1) return null;
  return { command, errorLine, maxSteps, maxMemory, file: rest[0] };
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

  const M = await loadYieldscope();
  const session = new M.Session(args.errorLine, args.maxSteps, OUTPUT_LIMIT, args.maxMemory);
  try {
    const loaded = session.load(source, args.file);
    const listing = args.command === 'dis' && loaded.ok;
    if (args.command === 'run' && loaded.ok) session.run(0);
    process.stdout.write(listing ? session.disText() : session.stdoutText());
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
