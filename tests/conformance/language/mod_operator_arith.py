import operator
print(operator.add(2, 3), operator.sub(10, 4), operator.mul(6, 7), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 100), operator.neg(5), operator.pos(-3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.abs(-4.5), operator.index(7))
print(operator.add("ab", "cd"), operator.mul([0], 3), operator.concat([1], [2, 3]), operator.concat("x", "y"))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth(3))
lst = [1, 2]
print(operator.iadd(lst, [3]), lst)
total = 0
for x in range(1, 6):
    total = operator.add(total, operator.mul(x, x))
print(total)
for bad in [lambda: operator.add(1), lambda: operator.concat(1, 2), lambda: operator.index(2.5),
            lambda: operator.truediv(1, 0), lambda: operator.neg("a")]:
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
