try:
    pass
except Exception as e:
    raise RuntimeError('wrapped') from e
