# Changing a dict's size while looping over it is an error.
scores = dict(a=1, b=2, c=3)
for k in list(scores):
    if scores[k] < 2:
        del scores[k]
print(scores)
for k in scores:
    scores[k] = scores[k] * 10
print(scores)
try:
    for k in scores:
        scores[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(scores))
for k in scores:
    del scores[k]
