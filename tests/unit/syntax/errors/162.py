del a, b c
