a = [x if x else y for x in z]
b = [lambda: x for x in y]
c = [x for x in y if a or b]
