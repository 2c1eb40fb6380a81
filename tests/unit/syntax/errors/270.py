x = f'{3!r}' f'{a b}'
