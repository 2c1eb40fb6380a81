a = 'a' 'b' 'c'
b = ('multi'
     'line')
c = 'x' \
    'y'
d = b'a' b'b'
