print(f'{a}-{b!r:>{w}}', f'{c}')
