a = f'{x:{y}}'
b = f'{x:{y!r}}'
c = f'{x:a{y}b{z}c}'
d = f'{x:{y:}}'
