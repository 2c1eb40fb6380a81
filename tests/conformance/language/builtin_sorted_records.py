# Sorting records by key with named key functions.
people = [("ann", 31, 5.5), ("bob", 27, 6.1), ("cid", 31, 5.9), ("dee", 22, 5.5)]

def age(p):
    return p[1]

def height(p):
    return p[2]

def name_length_then_name(p):
    return (len(p[0]), p[0])

print(sorted(people, key=age))
print(sorted(people, key=age, reverse=True))
print(sorted(people, key=height))
print(sorted(people, key=name_length_then_name))
print(sorted([3, 1, 2], reverse=True), sorted("banana"))
print(sorted(set([5, 3, 9])), sorted(dict(b=1, a=2)))
print(people[0])
