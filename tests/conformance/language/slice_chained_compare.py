# a < b < c means (a < b) and (b < c), with b evaluated only once.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0)
print(1 == 1 == 1, 1 == 1 != 2, 2 <= 2 < 3, 5 >= 5 >= 6)
x = 7
print("x in [0, 10):", 0 <= x < 10, "x in [0, 5):", 0 <= x < 5)
print("strings:", "a" < "b" < "c", "apple" < "banana" < "band")
print("mixed numbers:", 1 < 1.5 < 2, 0 == 0.0 == False)

def middle():
    print("  middle() called")
    return 5

print("result:", 1 < middle() < 10)
print("short circuit:", 10 < 1 < middle())
print("result:", 1 < middle() > 3 > 0)

def grade(score):
    if 90 <= score <= 100:
        return "A"
    elif 80 <= score < 90:
        return "B"
    elif 0 <= score < 80:
        return "C"
    else:
        return "invalid"

for s in [95, 90, 89, 80, 42, 0, 101, -1]:
    print(s, grade(s))
print("lists compare elementwise:", [1, 2] < [1, 3] < [2], (1, 2) == (1, 2) < (1, 2, 0))
