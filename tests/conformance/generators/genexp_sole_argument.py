# A genexp can be the sole argument of a call without extra parentheses.
print(sum(x * x for x in range(4)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(str(i) for i in range(3)))
print(tuple(c for c in "hi"))
print(sorted((v for v in [3, 1, 2]), reverse=True))
