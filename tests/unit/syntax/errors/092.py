try:
  x
finally:
x
