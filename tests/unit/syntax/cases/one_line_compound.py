if x: a; b
while y: c
for i in r: d; e
with m: f
class K: pass
def f(): return 1
