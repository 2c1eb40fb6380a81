# Sliding windows and chunks over a list, using slices.
data = [3, 8, 1, 9, 4, 7, 2, 6]

def moving_sum(values, width):
    out = []
    for i in range(len(values) - width + 1):
        out.append(sum(values[i:i + width]))
    return out

def chunks(values, size):
    result = []
    for start in range(0, len(values), size):
        result.append(values[start:start + size])
    return result

print(moving_sum(data, 3))
print(chunks(data, 3))
print(data[::2], data[1::2])
evens, odds = data[::2], data[1::2]
merged = [None] * len(data)
merged[::2] = evens
merged[1::2] = odds
print(merged == data)
rotated = data[3:] + data[:3]
print(rotated)
