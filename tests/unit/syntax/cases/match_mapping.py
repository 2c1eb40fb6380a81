match x:
    case {}:
        pass
    case {'a': 1}:
        pass
    case {'a': 1, 'b': b, **rest}:
        pass
    case {**rest}:
        pass
    case {1: _, -2: x, A.B: y, None: z, 1+2j: w}:
        pass
