# __exit__ receives the exception; the generator sees the same instance.
from contextlib import contextmanager

seen = []

@contextmanager
def catch_all():
    try:
        yield
    except Exception as e:
        seen.append(e)

err = ValueError("exact")
with catch_all():
    raise err
print(seen[0] is err)
