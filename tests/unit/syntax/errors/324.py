def f(self, x):
	return x
        pass
