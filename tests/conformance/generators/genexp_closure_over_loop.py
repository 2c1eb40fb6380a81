# Generator expressions look up i when they run, so all see its last value; passing i as an argument freezes it.
gens = []
for i in range(3):
    gens.append((i * k for k in range(3)))
print([list(g) for g in gens])

gens = [(lambda i=i: (i * k for k in range(3)))() for i in range(3)]
print([list(g) for g in gens])
