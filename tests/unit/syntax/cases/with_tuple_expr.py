with (a, b) as c:
    pass
with (a) as b:
    pass
