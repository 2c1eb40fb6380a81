m = [[i * j for j in range(3)] for i in range(3)]
n = [x for x in (y for y in z)]
