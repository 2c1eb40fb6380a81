print('hello'
print('world')
