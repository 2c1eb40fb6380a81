"""Shallow and deep copy operations (the API of CPython's Lib/copy.py).

Classes may define __copy__ and __deepcopy__(memo); other instances are
copied by making a bare instance with __new__ and copying their __dict__.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
           bytes, str, type, range, type(len), type(lambda: None), property}
_copy_method_types = {list, dict, set}
try:
    _atomic.add(complex)
except NameError:
    pass
try:
    _copy_method_types.add(bytearray)
except NameError:
    pass


def _is_atomic(x):
    cls = type(x)
    return cls in _atomic or issubclass(cls, type)


def _slot_values(x):
    # The slots of x that hold a value, by name (what object.__getstate__
    # reports next to the __dict__; private names mangled, as copyreg does).
    values = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        for name in (names,) if isinstance(names, str) else names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__") and klass.__name__.lstrip("_"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            try:
                values[name] = getattr(x, name)
            except AttributeError:
                pass
    return values


def _copy_state(x, y, state_copier):
    # The __dict__ (through __setstate__ when y has one), then the slots.
    state = getattr(x, "__dict__", None)
    if state:
        state = state_copier(state)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    slots = _slot_values(x)
    if slots:
        for name, value in state_copier(slots).items():
            setattr(y, name, value)


def _reconstruct_instance(x, state_copier):
    cls = type(x)
    y = cls.__new__(cls)
    _copy_state(x, y, state_copier)
    return y


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls in _copy_method_types:
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, list):
        y = _reconstruct_instance(x, dict)
        y.extend(x)
        return y
    if isinstance(x, dict):
        y = _reconstruct_instance(x, dict)
        y.update(x)
        return y
    if isinstance(x, tuple):
        return cls(x) if not hasattr(x, "_fields") else cls(*x)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        y.__dict__.update(x.__dict__)
        return y
    if not hasattr(x, "__dict__") and not hasattr(cls, "__slots__"):
        raise Error("un(shallow)copyable object of type %s" % cls)
    return _reconstruct_instance(x, dict)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied recursively,
    each object once (shared and recursive references are kept)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        # A tuple holding only atoms is its own copy.
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif isinstance(x, BaseException):
            y = cls(*deepcopy(x.args, memo))
            memo[d] = y
            y.__dict__.update(deepcopy(x.__dict__, memo))
        elif isinstance(x, tuple):
            items = [deepcopy(a, memo) for a in x]
            y = cls(*items) if hasattr(x, "_fields") else cls(items)
        else:
            if (not hasattr(x, "__dict__") and not hasattr(cls, "__slots__")
                    and not isinstance(x, (list, dict, set))):
                raise Error("un(deep)copyable object of type %s" % cls)
            y = cls.__new__(cls)
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(a, memo) for a in x)
            elif isinstance(x, dict):
                for key, value in x.items():
                    y[deepcopy(key, memo)] = deepcopy(value, memo)
            elif isinstance(x, set):
                y.update(deepcopy(a, memo) for a in x)
            _copy_state(x, y, lambda state: deepcopy(state, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals stay referenced from the memo while the copy is made, so
    # their ids are not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
