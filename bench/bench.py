#!/usr/bin/env python3
"""The benchmark suite's driver (run it through scripts/bench.sh, which builds first).

Runs every program of bench/programs/ through CPython 3.11 (on ref.py's virtual
clock), yieldscope native, yieldscope wasm under node and, when bench/node_modules
has them, Pyodide and MicroPython; checks each output against CPython's; then
measures cold start, dist/ size, timer scaling and the inspector's seek latency.
Prints Markdown tables and writes build/bench/results.{json,md}.

Times are in-process work times (see docs/performance.md for what each runner
times); every figure is the median of the timed runs, after a warm-up run.
"""
import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
HARNESS = os.path.join(BENCH, "harness")
PROGRAMS_DIR = os.path.join(BENCH, "programs")
OUT_DIR = os.path.join(ROOT, "build", "bench")

PROGRAMS = [
    # name, what it is (the table's row), uses asyncio
    ("gen_pipeline", "generator pipeline, 5M items", False),
    ("send_pingpong", "send() ping-pong, 2M sends", False),
    ("yield_from_chain", "yield from chain 50 deep, 400k values", False),
    ("genexpr", "generator expressions, ~2.5M items", False),
    ("iter_vs_gen", "class iterator vs generator, 2×3M items", False),
    ("tasks_sleep0", "10,000 tasks × 20 sleep(0)", True),
    ("tasks_timers", "50,000 tasks on short timers", True),
]

FLAVOURS = ["cpython", "cpython_pure", "native", "wasm", "pyodide", "micropython"]
TITLES = {
    "cpython": "CPython 3.11",
    "cpython_pure": "CPython 3.11, Python-level asyncio",
    "native": "yieldscope native",
    "wasm": "yieldscope wasm (node)",
    "pyodide": "Pyodide (node)",
    "micropython": "MicroPython wasm (node)",
}

TIMEOUT = 1800  # seconds for one process (a whole batch of runs for the node runners)


def log(msg):
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {msg}\n")
    sys.stderr.flush()


def load_avg():
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def run(cmd, env=None, timeout=TIMEOUT):
    """Runs cmd; returns (stdout, stderr, returncode, process wall ms)."""
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                       env=env, timeout=timeout, cwd=ROOT)
    return p.stdout, p.stderr, p.returncode, (time.perf_counter() - t0) * 1e3


def bench_line(stderr):
    for line in reversed(stderr.splitlines()):
        if line.startswith("BENCH "):
            return json.loads(line[6:])
    raise RuntimeError("no BENCH line; stderr ends with:\n" + "\n".join(stderr.splitlines()[-15:]))


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


class Suite:
    def __init__(self, args):
        self.args = args
        self.ref_py = args.ref
        self.native = os.path.join(OUT_DIR, "ys_native_time")
        self.native_cli = os.path.join(ROOT, "build", "native", "yieldscope")
        self.wasm_js = os.path.join(ROOT, "build", "wasm", "yieldscope.js")
        self.node = shutil.which("node") or "node"
        self.python = sys.executable
        peers_dir = os.path.join(BENCH, "node_modules")
        self.peers = [p for p, d in (("pyodide", "pyodide"),
                                     ("micropython", "@micropython/micropython-webassembly-pyscript"))
                      if os.path.isdir(os.path.join(peers_dir, d)) and not args.no_peers]
        self.results = {"programs": {}, "extras": {}}

    # --- one flavour, one program -------------------------------------------------
    def fresh_processes(self, cmd, runs):
        """A warm-up process, then `runs` processes; each reports its own work time."""
        out, err, rc, _ = run(cmd)
        if rc not in (0,):
            raise RuntimeError(f"{' '.join(cmd)} exited {rc}:\n{err[-2000:]}")
        timed = []
        for _ in range(runs):
            o, e, rc, wall = run(cmd)
            b = bench_line(e)
            timed.append({"wall_ms": b["wall_ms"], "cpu_ms": b["cpu_ms"], "process_ms": wall})
            if o != out:  # fails the output check
                out = "(the output changed between runs)\n" + o
        return out, timed, {}

    def one_process(self, cmd, runs):
        out, err, rc, _ = run(cmd)
        b = bench_line(err)
        if rc != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {rc}:\n{err[-2000:]}")
        extra = {k: v for k, v in b.items() if k != "runs"}
        return out, b["runs"], extra

    def measure(self, flavour, path, runs):
        if flavour == "cpython":
            return self.fresh_processes([self.python, os.path.join(HARNESS, "cpython_run.py"), self.ref_py, path], runs)
        if flavour == "cpython_pure":
            return self.fresh_processes([self.python, os.path.join(HARNESS, "cpython_run.py"), "--pure-asyncio",
                                         self.ref_py, path], runs)
        if flavour == "native":
            return self.fresh_processes([self.native, path], runs)
        if flavour == "wasm":
            return self.one_process([self.node, os.path.join(HARNESS, "ys_wasm_time.js"), "run", path, str(runs)], runs)
        return self.one_process([self.node, os.path.join(HARNESS, "peer_time.mjs"), flavour, path, str(runs)], runs)

    def flavours(self):
        return ["cpython", "cpython_pure", "native", "wasm"] + self.peers

    def check(self, flavour, is_async, out, ref):
        """'ok', 'line 1' (real-clock peer: only the order-independent line compared) or 'WRONG'."""
        if out == ref:
            return "ok"
        if flavour == "micropython" and is_async and out.splitlines()[:1] == ref.splitlines()[:1]:
            return "line 1"
        return "WRONG"

    def programs(self):
        wanted = set(self.args.only.split(",")) if self.args.only else None
        for name, title, is_async in PROGRAMS:
            if wanted and name not in wanted:
                continue
            path = os.path.join(PROGRAMS_DIR, name + ".py")
            entry = {"title": title, "async": is_async, "flavours": {}}
            self.results["programs"][name] = entry
            ref_out = None
            for flavour in self.flavours():
                if flavour == "cpython_pure" and not is_async:
                    continue
                runs = self.args.peer_runs if flavour in ("pyodide", "micropython") else self.args.runs
                la = load_avg()
                log(f"{name}: {flavour} ({runs} runs after a warm-up; load {la})")
                try:
                    out, timed, extra = self.measure(flavour, path, runs)
                except Exception as e:  # a failing flavour is reported, the rest goes on
                    log(f"  FAILED: {e}")
                    entry["flavours"][flavour] = {"error": str(e)[-500:]}
                    continue
                if flavour == "cpython":
                    ref_out = out
                    entry["checksum"] = out
                status = self.check(flavour, is_async, out, ref_out) if ref_out is not None else "no reference"
                f = {
                    "wall_ms": median(r["wall_ms"] for r in timed),
                    "cpu_ms": median(r["cpu_ms"] for r in timed),
                    "min_wall_ms": min(r["wall_ms"] for r in timed),
                    "runs": timed,
                    "output": status,
                    "load_before": la,
                }
                f.update({k: v for k, v in extra.items() if k not in ("stdout",)})
                if status == "WRONG":
                    f["stdout"] = out[-1000:]
                entry["flavours"][flavour] = f
                log(f"  median {f['wall_ms']:.1f} ms wall, {f['cpu_ms']:.1f} ms cpu; output {status}")

    # --- extras -------------------------------------------------------------------
    def cold_start(self):
        runs = self.args.runs
        empty = os.path.join(PROGRAMS_DIR, "empty.py")
        res = {}

        def processes(key, cmd, in_process=False):
            run(cmd)  # warm-up
            walls, inner = [], []
            for _ in range(runs):
                o, e, rc, wall = run(cmd)
                if rc != 0:
                    raise RuntimeError(f"{cmd} exited {rc}: {e[-500:]}")
                walls.append(wall)
                if in_process:
                    inner.append(bench_line(e))
            r = {"process_ms": median(walls), "command": " ".join(os.path.relpath(c, ROOT) if os.path.isabs(c) and c.startswith(ROOT) else c for c in cmd)}
            if inner:
                r["in_process_ms"] = median(b["wall_ms"] for b in inner)
                for k in ("instantiate_ms", "load_ms", "first_run_ms"):
                    if k in inner[0]:
                        r[k] = median(b[k] for b in inner)
            res[key] = r
            log(f"  cold {key}: {r}")

        log("cold start (module load + `pass`)")
        processes("python3 (plain)", [self.python, empty])
        processes("python3 ref.py", [self.python, self.ref_py, empty])
        processes("yieldscope native CLI", [self.native_cli, "run", empty])
        processes("node alone (node -e 0)", [self.node, "-e", "0"])
        processes("yieldscope wasm (node runner)", [self.node, os.path.join(ROOT, "scripts", "yieldscope-node.js"), "run", empty])
        processes("yieldscope wasm (in node: load module + pass)", [self.node, os.path.join(HARNESS, "ys_wasm_time.js"), "cold"], in_process=True)
        processes("yieldscope wasm, the page's single-file script (in node)",
                  [self.node, os.path.join(HARNESS, "ys_wasm_time.js"), "cold-packed"], in_process=True)
        for peer in self.peers:
            try:
                processes(f"{TITLES[peer].replace(' (node)', '')} (in node: load + pass)",
                          [self.node, os.path.join(HARNESS, "peer_time.mjs"), peer, "--cold"], in_process=True)
            except Exception as e:
                log(f"  cold {peer} FAILED: {e}")
        self.results["extras"]["cold_start"] = res

    def dist_size(self):
        dist = os.path.join(ROOT, "dist")
        files = []
        for dirpath, _, names in os.walk(dist):
            for n in sorted(names):
                p = os.path.join(dirpath, n)
                raw = os.path.getsize(p)
                gz = len(subprocess.run(["gzip", "-9", "-n", "-c", p], capture_output=True, check=True).stdout)
                files.append({"file": os.path.relpath(p, ROOT), "raw": raw, "gzip9": gz})
        total = {"raw": sum(f["raw"] for f in files), "gzip9": sum(f["gzip9"] for f in files)}
        self.results["extras"]["dist"] = {"files": files, "total": total}
        log(f"dist/: {total}")

    def scaling(self):
        log("timer scaling: tasks_timers with N = 10k, 50k, 100k")
        src = open(os.path.join(PROGRAMS_DIR, "tasks_timers.py")).read()
        if "N = 50_000" not in src:
            raise RuntimeError("tasks_timers.py: no `N = 50_000` line to vary")
        os.makedirs(os.path.join(OUT_DIR, "programs"), exist_ok=True)
        res = {}
        for n in (10_000, 50_000, 100_000):
            path = os.path.join(OUT_DIR, "programs", f"tasks_timers_{n}.py")
            with open(path, "w") as f:
                f.write(src.replace("N = 50_000", f"N = {n:_}"))
            ref_out = None
            for flavour in ("cpython", "native", "wasm"):
                log(f"  N={n}: {flavour}")
                out, timed, _ = self.measure(flavour, path, self.args.runs)
                if flavour == "cpython":
                    ref_out = out
                res.setdefault(flavour, {})[n] = {
                    "wall_ms": median(r["wall_ms"] for r in timed),
                    "cpu_ms": median(r["cpu_ms"] for r in timed),
                    "output": "ok" if out == ref_out else "WRONG",
                }
        self.results["extras"]["scaling"] = res

    def inspector(self):
        module = self.args.inspector_module or self.wasm_js
        env = dict(os.environ, YS_WASM_JS=module)
        path = os.path.join(PROGRAMS_DIR, "inspector_1m.py")
        cmd = [self.node, os.path.join(HARNESS, "ys_wasm_time.js"), "inspector", path]
        log(f"inspector: seek + snapshot on a ~1M-step run ({os.path.relpath(module, ROOT) if module.startswith(ROOT) else module})")
        out, err, rc, _ = run(cmd, env=env)
        first = bench_line(err)
        res = {"module": module, "available": first.get("available", False)}
        if res["available"]:
            tours = [first]
            for _ in range(max(0, self.args.inspector_runs - 1)):
                o, e, rc, _ = run(cmd, env=env)
                tours.append(bench_line(e))
            seeks = [s for t in tours for s in t["seeks"]]
            fwd = [s for t in tours for i, s in enumerate(t["seeks"]) if i < 6]
            back = [s for t in tours for i, s in enumerate(t["seeks"]) if 6 <= i < 11]
            res.update({
                "steps": first["steps"],
                "run_with_recording_ms": median(t["run_ms"] for t in tours),
                "seek_ms_median": median(s["seek_ms"] for s in seeks),
                "seek_ms_max": max(s["seek_ms"] for s in seeks),
                "seek_forward_ms_median": median(s["seek_ms"] for s in fwd),
                "seek_backward_ms_median": median(s["seek_ms"] for s in back),
                "snapshot_ms_median": median(s["snapshot_ms"] for s in seeks),
                "snapshot_ms_max": max(s["snapshot_ms"] for s in seeks),
                "seek_plus_snapshot_ms_median": median(s["seek_ms"] + s["snapshot_ms"] for s in seeks),
                "seek_plus_snapshot_ms_max": max(s["seek_ms"] + s["snapshot_ms"] for s in seeks),
                "history_bytes": first.get("stats", {}).get("historyBytes") if first.get("stats") else None,
                "tours": len(tours),
                "seeks_per_tour": len(first["seeks"]),
            })
        self.results["extras"]["inspector"] = res
        log(f"  {res}")

    # --- machine and report ---------------------------------------------------------
    def machine(self):
        def first_line(cmd):
            try:
                return subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0].strip()
            except Exception:
                return None
        cpu = None
        try:
            for line in open("/proc/cpuinfo"):
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        except OSError:
            pass
        mem = None
        try:
            for line in open("/proc/meminfo"):
                if line.startswith("MemTotal"):
                    mem = f"{int(line.split()[1]) // (1024 * 1024)} GiB"
        except OSError:
            pass
        return {
            "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
            "cpu": cpu, "cores": os.cpu_count(), "memory": mem,
            "kernel": platform.release(),
            "python": first_line([self.python, "--version"]),
            "node": first_line([self.node, "--version"]),
            "gxx": first_line(["g++", "--version"]),
            "emcc": first_line(["em++", "--version"]),
            "commit": first_line(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]),
        }

    def report(self):
        r = self.results
        lines = []
        m = r["machine"]
        lines.append(f"Measured {m['date']} on {m['cpu']}, {m['cores']} cores, {m['memory']}; "
                     f"commit {m['commit']}; load average {r['load_start']} at the start, {r['load_end']} at the end.")
        lines.append(f"{m['python']}, node {m['node']}, {m['gxx']}, {m['emcc']}.")
        lines.append(f"Medians of {self.args.runs} timed runs ({self.args.peer_runs} for Pyodide and MicroPython), "
                     "each after a warm-up run.")
        lines.append("")
        fl = [f for f in self.flavours()]
        for metric, label in (("wall_ms", "in-process wall time"), ("cpu_ms", "in-process CPU time")):
            lines.append(f"#### {label}, ms (× = ratio to CPython)")
            lines.append("")
            head = ["program"] + [TITLES[f] for f in fl]
            lines.append("| " + " | ".join(head) + " |")
            lines.append("|" + "---|" * len(head))
            for name, entry in r["programs"].items():
                cells = [entry["title"]]
                base = entry["flavours"].get("cpython", {}).get(metric)
                for f in fl:
                    d = entry["flavours"].get(f, {})
                    if "error" in d:
                        cells.append("failed")
                        continue
                    v = d.get(metric)
                    if v is None:
                        cells.append("–")
                        continue
                    cell = f"{v:,.0f}"
                    if f != "cpython" and base:
                        cell += f" ({v / base:.2f}×)"
                    if d.get("output") == "line 1":
                        cell += " †"
                    elif d.get("output") not in ("ok", None):
                        cell += " WRONG OUTPUT"
                    cells.append(cell)
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
        if any(e["async"] for e in r["programs"].values()) and "micropython" in fl:
            lines.append("† real clock (MicroPython's own asyncio on JavaScript timers): only the order-independent "
                         "first line of output can match; short sleeps really wait.")
            lines.append("")
        firsts = [(e["title"], e["flavours"]["wasm"]) for e in r["programs"].values()
                  if "warmup_ms" in e["flavours"].get("wasm", {})]
        if firsts:
            # What a page's first run of the program costs: the warm-up run of a
            # fresh module, which also pays for V8 compiling and optimising it.
            lines.append("#### yieldscope wasm: the first run in a fresh module, wall ms")
            lines.append("")
            lines.append("| program | first run | timed runs (median) | first / timed |")
            lines.append("|---|---|---|---|")
            for title, d in firsts:
                lines.append(f"| {title} | {d['warmup_ms']:,.0f} | {d['wall_ms']:,.0f} | "
                             f"{d['warmup_ms'] / d['wall_ms']:.2f}× |")
            lines.append("")
        ex = {k: v for k, v in r["extras"].items() if "error" not in v}
        for k, v in r["extras"].items():
            if "error" in v:
                lines.append(f"{k}: not measured ({v['error'].splitlines()[-1] if v['error'] else 'error'})")
                lines.append("")
        if "cold_start" in ex:
            lines.append("#### Cold start: module load + `pass`, ms (median)")
            lines.append("")
            lines.append("| what | process (spawn to exit) | in process |")
            lines.append("|---|---|---|")
            for k, v in ex["cold_start"].items():
                inner = ""
                if "in_process_ms" in v:
                    inner = f"{v['in_process_ms']:,.0f}"
                    parts = [f"{p.replace('_ms', '')} {v[p]:,.0f}" for p in ("instantiate_ms", "load_ms", "first_run_ms") if p in v]
                    if parts:
                        inner += " (" + ", ".join(parts) + ")"
                lines.append(f"| {k} | {v['process_ms']:,.0f} | {inner} |")
            lines.append("")
        if "dist" in ex:
            d = ex["dist"]
            lines.append("#### dist/ size, bytes")
            lines.append("")
            lines.append("| file | raw | gzip -9 |")
            lines.append("|---|---|---|")
            for f in d["files"]:
                lines.append(f"| {f['file']} | {f['raw']:,} | {f['gzip9']:,} |")
            lines.append(f"| **total** | **{d['total']['raw']:,}** | **{d['total']['gzip9']:,}** |")
            lines.append("")
        if "scaling" in ex:
            s = ex["scaling"]
            ns = sorted(next(iter(s.values())).keys(), key=int)
            n0 = ns[0]
            for metric, label in (("wall_ms", "wall"), ("cpu_ms", "CPU")):
                lines.append(f"#### Tasks on short timers: growth with N (in-process {label} ms, median; × = over N={int(n0):,})")
                lines.append("")
                lines.append("| N | " + " | ".join(TITLES[f] for f in s) + " | N ratio | N log N ratio |")
                lines.append("|---|" + "---|" * len(s) + "---|---|")
                for n in ns:
                    cells = [f"{int(n):,}"]
                    for f in s:
                        v = s[f][n]
                        cell = f"{v[metric]:,.0f} ({v[metric] / s[f][n0][metric]:.1f}×)"
                        if v["output"] != "ok":
                            cell += " WRONG OUTPUT"
                        cells.append(cell)
                    cells.append(f"{int(n) / int(n0):.1f}×")
                    cells.append(f"{int(n) * math.log(int(n)) / (int(n0) * math.log(int(n0))):.1f}×")
                    lines.append("| " + " | ".join(cells) + " |")
                lines.append("")
        if "inspector" in ex:
            i = ex["inspector"]
            lines.append("#### Inspector: seek + snapshot on a ~1M-step run (wasm in node)")
            lines.append("")
            if not i["available"]:
                lines.append(f"Not measured: the module ({os.path.relpath(i['module'], ROOT) if i['module'].startswith(ROOT) else i['module']}) has no seek/snapshot API.")
            else:
                lines.append(f"Module {i['module']}; {i['steps']:,} steps; {i['tours']} tours of {i['seeks_per_tour']} seeks.")
                lines.append("")
                lines.append("| measure | median ms | max ms |")
                lines.append("|---|---|---|")
                lines.append(f"| run to the end, recording | {i['run_with_recording_ms']:,.0f} | |")
                lines.append(f"| seek (all) | {i['seek_ms_median']:,.1f} | {i['seek_ms_max']:,.1f} |")
                lines.append(f"| seek forward (first 6 of a tour) | {i['seek_forward_ms_median']:,.1f} | |")
                lines.append(f"| seek backward (next 5) | {i['seek_backward_ms_median']:,.1f} | |")
                lines.append(f"| snapshot | {i['snapshot_ms_median']:,.2f} | {i['snapshot_ms_max']:,.1f} |")
                lines.append(f"| seek + snapshot | {i['seek_plus_snapshot_ms_median']:,.1f} | {i['seek_plus_snapshot_ms_max']:,.1f} |")
            lines.append("")
        return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", required=True, help="path of the corpus' ref.py")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per program for CPython and yieldscope")
    ap.add_argument("--peer-runs", type=int, default=3, help="timed runs per program for Pyodide and MicroPython")
    ap.add_argument("--only", help="comma-separated program names")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--no-extras", action="store_true", help="only the program table")
    ap.add_argument("--inspector-module", help="the yieldscope.js to measure seek/snapshot on (default: this build's)")
    ap.add_argument("--inspector-runs", type=int, default=3)
    args = ap.parse_args()

    os.makedirs(OUT_DIR, exist_ok=True)
    suite = Suite(args)
    suite.results["load_start"] = load_avg()
    suite.results["machine"] = suite.machine()
    suite.results["peers"] = suite.peers
    log(f"flavours: {', '.join(suite.flavours())}; load {suite.results['load_start']}")
    suite.programs()
    if not args.no_extras:
        for step in (suite.cold_start, suite.dist_size, suite.scaling, suite.inspector):
            try:
                step()
            except Exception as e:
                log(f"{step.__name__} FAILED: {e}")
                suite.results["extras"][step.__name__] = {"error": str(e)[-500:]}
    suite.results["load_end"] = load_avg()
    text = suite.report()
    with open(os.path.join(OUT_DIR, "results.json"), "w") as f:
        json.dump(suite.results, f, indent=1)
    with open(os.path.join(OUT_DIR, "results.md"), "w") as f:
        f.write(text + "\n")
    print(text)
    wrong = [n for n, e in suite.results["programs"].items()
             for fl, d in e["flavours"].items() if d.get("output") == "WRONG" and fl in ("native", "wasm")]
    if wrong:
        log(f"yieldscope printed a wrong checksum for: {', '.join(sorted(set(wrong)))}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
