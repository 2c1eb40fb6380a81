def match(x):
    return x
match(1)
match (1)
match [1]
match.case
