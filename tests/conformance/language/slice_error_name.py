# del removes a name; using it afterwards is a NameError.
temperature = 21
print("temperature is", temperature)
temperature += 1
print("now", temperature)
del temperature
numbers = [3, 1, 4, 1, 5]
del numbers[1]
print("numbers after del numbers[1]:", numbers)
print("temperature after del:")
print(temperature)
print("not reached")
