result = (
    data
    .filter(x)
    .map(y)
)
