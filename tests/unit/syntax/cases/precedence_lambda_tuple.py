x = lambda: 1, 2
y = (lambda: 1), 2
