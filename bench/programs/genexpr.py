# Generator expressions: a chain of six (each item crosses most of them), long ones
# consumed by builtins (list, sum, max with a key, dict, join, sorted), and many
# short ones made inside a loop; about 2.5M items in all.
CHAIN = 1_500_000
N = 70_000
ROWS = 50_000


def main():
    parts = []
    tripled = (u * 3 for u in range(CHAIN))
    shifted = (t + 17 for t in tripled)
    mixed = (x ^ (x >> 3) for x in shifted)
    folded = (y % 1009 for y in mixed)
    odd = (z for z in folded if z & 1)
    parts.append(sum(o * o for o in odd))
    words = list(f"w{i % 1000}" for i in range(N))
    parts.append(sum(len(w) for w in words))
    parts.append(max((w for w in words), key=lambda w: (len(w), w)))
    sizes = dict((w, len(w)) for w in words)
    parts.append(len(sizes))
    parts.append(sum(x * y for x, y in zip((i * i for i in range(N)), (j + 1 for j in range(N)))))
    parts.append(len("-".join(str(i % 97) for i in range(N))))
    parts.append(sum(sorted((i * 7919) % 10007 for i in range(N))[::997]))
    parts.append(sum(sum(r * c for c in range(8)) % 1009 for r in range(ROWS)))
    return parts


parts = main()
print("genexpr", parts)
