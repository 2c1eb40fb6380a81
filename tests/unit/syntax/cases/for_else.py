for i, x in enumerate(xs):
    print(i, x)
else:
    print('empty')
