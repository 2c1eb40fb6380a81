# Strings: concatenation, repetition, indexing, membership, comparison, repr.
s = "Python"
print(s + " rocks", s * 2, "-" * 12)
print(len(s), s[0], s[-1], s[2], s[-3])
print("th" in s, "TH" in s, "" in s, "x" not in s)
print("apple" < "apricot", "Zebra" < "apple", "abc" < "abcd", "b" > "abc")
print("abc" == "abc", "abc" != "ABC", "" < "a")
print("abc" * 0, repr("abc" * 0), repr("" + ""), "ab" * -1 == "")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("line1\nline2"), repr("back\\slash"))
print("tab\there")
print("line1\nline2")
print("quote: \" and ' and \\")
print(str(12) + str(3.5) + str(True) + str(None))
print(repr(str(12)), repr(repr("x")))
vowels = 0
for ch in "Programming Language":
    if ch in "aeiouAEIOU":
        vowels += 1
print("vowels:", vowels)
print(["a", 'b', "it's", 'x"y'])
print(("single",), ("pair", "of"))
