a = rf'\n{x}'
b = fr'{x}\t'
c = Rf'{x}\d'
