f = lambda x: x if x else -x
g = (lambda: a) if b else c
