a b
  c
