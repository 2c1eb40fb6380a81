a = f'{x}' 'y' f'{z}'
b = 'a' f'b' 'c'
c = f'' ''
d = '' f'{x}' ''
