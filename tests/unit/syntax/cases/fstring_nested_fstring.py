a = f'{f"{x}"}'
b = f"{f'{y!r}'}"
