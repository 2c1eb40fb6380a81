# slicing counts code points: Chinese and emoji text slices like ASCII text
s = "生成器与协程"
print(s[1:3], s[::-1], s[::2], s[1::2], s[-2:], s[:-2], s[10:], repr(s[3:1]))
t = "héllo wörld"
print(t[1:5], t[::-1], t[::3], t[-5:-1], t[::-2])
e = "a😀b🎉c"
print(len(e), e[1], e[1:4], e[::-1], e[::2])
a = "abcdefgh"
print(a[2:6:2], a[6:2:-1], a[-1:-9:-3], a[::0 or 1], a[:], a[100:200], a[-100:3])
print(a[slice(1, 7, 3)], a[slice(None, None, -1)])
for i in range(len(s)):
    print(s[i], s[i:i + 2], end="; ")
print()
print(a[::0])
