a b
   c
  d
