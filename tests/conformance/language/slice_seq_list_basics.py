# Reading slices of lists and tuples.
letters = ["a", "b", "c", "d", "e", "f", "g"]
print(letters[2:5], letters[:3], letters[4:], letters[:])
print(letters[-3:], letters[:-3], letters[::2], letters[1::2])
print(letters[::-1], letters[5:1:-1], letters[-1:-8:-2])
print(letters[10:], letters[3:3], letters[5:2])
nums = (10, 20, 30, 40, 50)
print(nums[1:4], nums[::-2], nums[:0], nums[-100:100])
print(type(nums[1:2]).__name__, type(letters[1:2]).__name__)
print(nums[:] is nums, letters[:] is letters)
