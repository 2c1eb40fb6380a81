# conversions !r !s !a and their combination with specs
class Thing:
    def __repr__(self):
        return "Thing<r>"
    def __str__(self):
        return "Thing<s>"

t = Thing()
print("{0} {0!s} {0!r} {0!a}".format(t))
print("{!r} {!s} {!a}".format("héllo", "héllo", "héllo"))
print("{!a}".format("生成器"), "{!a}".format("😀"), "{!a}".format(["é", 1]))
print("{!r:>12}|{!s:^7}|".format("ab", "cd"))
print("{0!r:*<10}".format(3))
print("%a %a %r" % ("ü", "\t", "ü"))
print("{!x}".format(1))
