match a, b:
    case 1, 2:
        pass
match *a, b:
    case _:
        pass
match (x := f()):
    case _:
        pass
match -x:
    case _:
        pass
