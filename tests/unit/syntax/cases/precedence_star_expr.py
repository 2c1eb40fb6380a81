x = *a, *b
print(*a or b)
