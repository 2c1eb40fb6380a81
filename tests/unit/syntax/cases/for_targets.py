for x.y in z: pass
for a[0] in z: pass
for (a, b), c in z: pass
for *a, b in z: pass
for x, in z: pass
