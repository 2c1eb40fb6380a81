# Splitting a stream into fixed-size chunks.
def chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunks(range(7), 3)))
print(list(chunks("abcdef", 2)))
print(list(chunks([], 4)))
