# Building strings piece by piece.
def reverse(text):
    result = ""
    for ch in text:
        result = ch + result
    return result

print(reverse("stressed"), reverse(""), reverse("上海"))
print("palindromes:", reverse("level") == "level", reverse("python") == "python")

def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        else:
            out += ch
    return out

secret = caesar("hello, world", 3)
print(secret, "->", caesar(secret, -3))
for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))

def join_words(words, separator):
    result = ""
    for i in range(len(words)):
        if i > 0:
            result += separator
        result += words[i]
    return result

print(join_words(["a", "b", "c"], ", "), repr(join_words([], "-")))
chars = list("hello")
chars[0] = "j"
it = iter("xyz")
print(join_words(chars, ""), next(it) + next(it) + next(it))
print(repr("row " + str(3) + ": " + str([1, 2])))
