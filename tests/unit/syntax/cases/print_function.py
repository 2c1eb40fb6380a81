print('a', 'b', sep='-', end='')
print()
print(*items)
