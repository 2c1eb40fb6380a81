f(a, b,)
f(
    a,
    k=1,
)
