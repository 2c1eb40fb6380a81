# Assigning to a name anywhere in a function makes it local everywhere in it.
counter = 10

def read_only():
    return counter + 1

def shadow():
    counter = 99
    return counter

def use_global():
    global counter
    counter += 5
    return counter

print(read_only())
print(shadow(), counter)
print(use_global(), counter)

def broken():
    print("inside broken, before the read")
    total = counter * 2
    counter = total
    return counter

print(broken())
print("not reached")
