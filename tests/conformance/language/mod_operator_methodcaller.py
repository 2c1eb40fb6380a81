import operator
up = operator.methodcaller("upper")
print(up("hello"), up)
split = operator.methodcaller("split", ",", 1)
print(split("a,b,c"), split)
rep = operator.methodcaller("replace", "a", "o")
print(rep("banana"), rep)
class Greeter:
    def greet(self, name, punct="!"):
        return "hi " + name + punct
g = operator.methodcaller("greet", "bob", punct="?")
print(g(Greeter()), g)
print(list(map(operator.methodcaller("strip"), ["  a ", "b  "])))
try:
    operator.methodcaller(5)
except TypeError as e:
    print(e)
try:
    operator.methodcaller("nope")(1)
except AttributeError as e:
    print(e)
