x: tuple[int, ...] = ()
