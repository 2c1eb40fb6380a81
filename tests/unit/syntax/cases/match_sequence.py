match x:
    case []:
        pass
    case [a]:
        pass
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case ():
        pass
    case (a,):
        pass
    case a, b:
        pass
    case [*_, last]:
        pass
    case *a, b:
        pass
