if x:
  pass
else:
x
