match cmd:
    case ['go', ('north' | 'south') as d, *_]:
        pass
    case {'pos': [x, y], 'obj': Obj(name=n)}:
        pass
