# Counter: update, subtract, missing keys and deletion
from collections import Counter

votes = Counter()
for ballot in ["red", "blue", "red", "green", "red", "blue"]:
    votes[ballot] += 1
print(votes)
votes.update(["green", "green"])
votes.update({"red": 10})
votes.update(yellow=1)
print(votes)
print(votes["purple"], "purple" in votes)
del votes["purple"]
del votes["yellow"]
print(votes)
votes.subtract(["red"] * 12)
print(votes)
print(dict(votes))
print(list(votes.keys()), list(votes.values()))
print(votes.most_common(1), votes.most_common(0))
copy = votes.copy()
copy["new"] = 1
print(len(votes), len(copy), isinstance(copy, Counter), isinstance(copy, dict))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
