match x:
    case 1 | 2 | 3:
        pass
    case [a] | (a, _) as pair:
        pass
    case (1 | 2) as n:
        pass
    case Point(x=0) | Point(y=0) as p:
        pass
