assert x
assert x, 'message'
assert (x, y)
