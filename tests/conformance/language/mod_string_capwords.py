import string
print(string.capwords("hello world"))
print(string.capwords("  the   QUICK brown\tfox  "))
print(string.capwords("a-b-c d-e", "-"))
print(string.capwords("x,y,,z", ","), repr(string.capwords("")))
print(string.capwords("élan vital"), string.capwords("o'neil mcdonald"))
try:
    string.capwords(5)
except AttributeError as e:
    print(e)
