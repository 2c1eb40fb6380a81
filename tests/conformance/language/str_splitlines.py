# splitlines on every line boundary, with and without the line ends
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\x85nine"
print(text.splitlines())
print(text.splitlines(True))
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "x".splitlines())
print("\r\n\r\n".splitlines(True))
poem = "床前明月光\n疑是地上霜\n举头望明月\n低头思故乡"
n = 0
for line in poem.splitlines():
    n += 1
    print(n, line)
