a.b(c).d[e](f)(g).h
x()()()
obj.method().attr[0]
