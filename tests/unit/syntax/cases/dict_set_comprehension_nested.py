x = {k: {v for v in vs} for k, vs in d.items()}
