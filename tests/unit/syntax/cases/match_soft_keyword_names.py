match = 1
case = 2
match.x = 3
match[0] = 4
match(1)
print(match, case)
_ = 5
match - 1
