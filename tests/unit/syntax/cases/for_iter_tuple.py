for x in 1, 2, 3:
    pass
for y in *a, *b:
    pass
