# A tiny parser written as a coroutine state machine.
def tokenizer():
    tokens = []
    word = ""
    while True:
        ch = yield
        if ch is None:
            if word:
                tokens.append(word)
            return tokens
        if ch == " ":
            if word:
                tokens.append(word)
            word = ""
        else:
            word += ch

t = tokenizer()
next(t)
for ch in "yield  from  here":
    t.send(ch)
try:
    t.send(None)
except StopIteration as e:
    print(e.value)
