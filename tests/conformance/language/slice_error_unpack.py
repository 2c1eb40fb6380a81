# Unpacking needs exactly as many values as targets.
a, b = [1, 2]
print(a, b)
x, y, z = "xyz"
print(x, y, z)
name, age = ("Ana", 31)
print(name, "is", age)

def split_pair(values):
    first, second = values
    return second, first

print(split_pair((1, 2)), split_pair("ab"))
print("unpacking three values into two names...")
left, right = [10, 20, 30]
print("not reached")
