for a, b + 1 in x: pass
