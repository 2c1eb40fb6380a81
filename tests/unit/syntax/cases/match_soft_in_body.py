match x:
    case 1:
        match = 2
        case = 3
    case _:
        match y:
            case _:
                pass
