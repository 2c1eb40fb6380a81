while True:
    x = input()
    if not x:
        break
