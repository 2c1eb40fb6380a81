a = r'\n\t'
b = r'\''
c = r'''\x'''
d = rb'\\'
e = r'\
'
