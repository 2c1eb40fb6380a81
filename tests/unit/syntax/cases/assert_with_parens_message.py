assert isinstance(x, int), (
    'x must be int'
)
