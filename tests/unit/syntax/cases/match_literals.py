match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 'str':
        pass
    case b'bytes':
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 'a' 'b':
        pass
