f = lambda x: lambda y: x + y
g = lambda: (yield)
