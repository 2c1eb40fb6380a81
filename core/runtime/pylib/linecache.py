"""Lines of the source files of this session (CPython's Lib/linecache.py API).

The files are the program and the modules compiled with their source; the
native _traceback module reads them from memory.
"""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]


def getline(filename, lineno, module_globals=None):
    """Line lineno of filename with its line break, or '' if unknown."""
    try:
        return _traceback.getline(filename, lineno)
    except TypeError:
        return ''


def getlines(filename, module_globals=None):
    """Every line of filename, or [] if unknown."""
    lines = []
    n = 1
    while True:
        line = getline(filename, n)
        if not line:
            return lines
        lines.append(line)
        n += 1


def clearcache():
    pass


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False
