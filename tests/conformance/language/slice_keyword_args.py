# Arguments can be passed by name, in any order, after the positional ones.
def describe(name, age, city="Paris"):
    print(name, "is", age, "and lives in", city)

describe("Ana", 30)
describe("Ben", 25, "Rome")
describe(age=41, name="Cy")
describe("Dee", city="Oslo", age=19)
describe(city="Lima", age=52, name="Eve")

def box(width, height=1, fill="#"):
    row = fill * width
    h = 0
    while h < height:
        print(row)
        h += 1

box(3)
box(4, fill="*", height=2)
box(height=2, width=5, fill="=")
print("sep and end are keyword arguments too:", 1, 2, sep="|", end=".\n")

def area(length, width=None):
    if width is None:
        width = length
    return length * width

print(area(4), area(4, 2), area(width=3, length=7), area(length=2.5))
