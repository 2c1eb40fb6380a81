x = 'a' + 'b'
y = 'a' * 3
z = 'abc'[1:]
w = ('a' 'b').upper()
