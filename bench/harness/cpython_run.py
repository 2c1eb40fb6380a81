#!/usr/bin/env python3
"""Runs one program under CPython the way /work/shared/corpus/ref.py does (virtual
clock, virtual event loop, random seeded with 42, PYTHONHASHSEED=0), and measures
the work inside this process: compile() + exec() of the program, nothing else.

Usage: python3 cpython_run.py [--pure-asyncio] REF_PY PROGRAM.py

--pure-asyncio blocks the C accelerator _asyncio, so Task and Future are the
pure-Python classes of asyncio/tasks.py and futures.py, as in yieldscope.

The program's stdout goes to stdout; the last line on stderr is
`BENCH {"wall_ms": W, "cpu_ms": C}` (real clocks, saved before ref.py replaces them).
"""
import importlib.util
import json
import os
import sys
import time

_perf_counter = time.perf_counter
_process_time = time.process_time

if os.environ.get("YIELDSCOPE_REF_CHILD") != "1":
    env = dict(os.environ)
    for k in ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE", "PYTHONWARNINGS", "PYTHONSTARTUP",
              "PYTHONINSPECT", "PYTHONUNBUFFERED", "PYTHONPATH", "PYTHONHOME"):
        env.pop(k, None)
    # The environment ref.py gives its child; its re-exec is then skipped.
    env.update({"YIELDSCOPE_REF_CHILD": "1", "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8",
                "PYTHONUTF8": "1", "PYTHONDONTWRITEBYTECODE": "1", "TZ": "UTC"})
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, "-X", "utf8", "-B", os.path.abspath(__file__)]
              + sys.argv[1:], env)


def main(argv):
    args = argv[1:]
    if args and args[0] == "--pure-asyncio":
        sys.modules["_asyncio"] = None  # asyncio then falls back to its Python classes
        args = args[1:]
    ref_path, path = args
    spec = importlib.util.spec_from_file_location("yieldscope_ref", ref_path)
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)  # defines the helpers; the child flag skips its re-exec
    with open(path, "rb") as f:
        source = f.read()
    ref._install_virtual_time()
    ref._install_event_loop()
    ref._install_random()

    import builtins
    import types
    mod = types.ModuleType("__main__")
    mod.__file__ = path
    mod.__builtins__ = builtins
    mod.__cached__ = None
    sys.modules["__main__"] = mod
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.abspath(path))

    w0, c0 = _perf_counter(), _process_time()
    code = compile(source, path, "exec")
    exec(code, mod.__dict__)
    w1, c1 = _perf_counter(), _process_time()
    sys.stdout.flush()
    sys.stderr.write("BENCH " + json.dumps({"wall_ms": (w1 - w0) * 1e3, "cpu_ms": (c1 - c0) * 1e3}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
