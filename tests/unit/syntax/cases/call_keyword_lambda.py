sorted(xs, key=lambda x: -x, reverse=True)
