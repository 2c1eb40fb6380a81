# repr escapes what Unicode does not call printable; %a and {!a} escape all non-ASCII
samples = ["plain", "tab\there", "nbsp\xa0here", "ideographic\u3000space", "zero\u200bwidth", "生成器", "emoji😀", "bell\x07", "del\x7f", "c1\x85", "quote's", "both'\""]
for s in samples:
    print(repr(s), "%a" % s, "{!a}".format(s))
print("%a" % ["é", "ü"], "{!a}".format(("生",)))
print(repr("\ud800"), "%a" % "\U0001f600")
