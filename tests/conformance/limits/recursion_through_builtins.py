# Recursion that passes through built-in functions (repr, sorted's key, ==
# between lists, eval, isinstance with nested tuples) ends with RecursionError.


def attempt(what, f):
    try:
        f()
        print(what, "finished")
    except RecursionError as e:
        print(what, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))


class SelfRepr:
    def __repr__(self):
        return "<" + repr(self) + ">"


class Eq:
    def __eq__(self, other):
        return [self] == [other]


def key(x):
    return sorted([x, x], key=key)


def nested_eval(n):
    return eval("nested_eval(n + 1)")


def via_map(n):
    return list(map(via_map, [n + 1]))


attempt("__repr__", lambda: repr(SelfRepr()))
attempt("__eq__", lambda: Eq() == Eq())
attempt("sorted", lambda: sorted([1, 2], key=key))
attempt("eval", lambda: nested_eval(0))
attempt("map", lambda: via_map(0))

cls = int
for i in range(100000):
    cls = (cls,)
try:
    isinstance(1, cls)
except RecursionError as e:
    print("isinstance", e)
print(isinstance(1, ((((int,),),),)), issubclass(bool, ((((int,),),),)))
print("done")
