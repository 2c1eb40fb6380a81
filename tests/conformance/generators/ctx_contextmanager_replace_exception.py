# The generator may raise a different exception, which replaces the original.
from contextlib import contextmanager

class AppError(Exception):
    pass

@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise AppError("missing " + str(e)) from e

try:
    with translate():
        {}["key"]
except AppError as e:
    print("AppError:", e, "| cause:", repr(e.__cause__))
