class Foo(object)
    pass
