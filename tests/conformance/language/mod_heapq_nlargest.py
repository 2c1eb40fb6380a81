import heapq
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(5, iter(nums)))
portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
    {"name": "HPQ", "shares": 35, "price": 31.75},
    {"name": "YHOO", "shares": 45, "price": 16.35},
    {"name": "ACME", "shares": 75, "price": 115.65},
]
cheap = heapq.nsmallest(3, portfolio, key=lambda s: s["price"])
rich = heapq.nlargest(2, portfolio, key=lambda s: s["price"])
print([s["name"] for s in cheap], [s["name"] for s in rich])
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(4, iter(words), key=len))
print(heapq.nsmallest(2, []), heapq.nlargest(2, "hello"))
