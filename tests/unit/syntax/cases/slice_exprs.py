x = a[b+1:c*2:d or 1]
y = a[lambda: 0:]
