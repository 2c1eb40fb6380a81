match x:
    case (a):
        pass
    case ((1 | 2)):
        pass
