# Reading past the end of a list raises IndexError.
colors = ["red", "green", "blue"]
print(colors[0], colors[2], colors[-1], colors[-3])
i = 0
while i < len(colors):
    print(i, colors[i])
    i += 1
colors[1] = "lime"
del colors[0]
print(colors, len(colors))
print("asking for index", len(colors))
print(colors[len(colors)])
print("not reached")
