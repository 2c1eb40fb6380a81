# case mappings beyond ASCII: German sharp s, Greek final sigma, Cyrillic, Latin-1
words = ["hello World", "straße", "ΟΔΥΣΣΕΥΣ", "Привет Мир", "éCOLE", "ǆemal", "ﬁne", "生成器 Gen"]
for w in words:
    print(w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("they're bill's friends".title())
print("hello_world-foo bar2baz".title())
print("ΣΑΣ Σ".lower())
print("İstanbul".lower(), len("İstanbul".lower()))
print("ß".upper(), len("ß".upper()))
print("ﬃ".upper())
print("Ǳ".title(), "ǳ".upper(), "Ǳ".lower())
print("MiXeD 123".swapcase())
