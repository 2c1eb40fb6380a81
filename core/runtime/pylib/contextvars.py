"""Context variables (PEP 567; the API of CPython's contextvars).

A Context maps ContextVars to values. One context is current at a time;
Context.run(f) makes another current while f runs. ContextVar.set() changes
the current context only and returns a Token that reset() uses to undo it.
Contexts copy on write, so copy_context() is cheap and later changes on
either side stay apart.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


class Context:
    """A mapping of context variables to their values."""

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) with this context current."""
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        """A new context with the same variables and values."""
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class ContextVar:
    """A variable whose value depends on the current context."""

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT):
        """The value in the current context, else default, else the variable's default."""
        try:
            return _current._data[self]
        except KeyError:
            pass
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; returns a Token for reset()."""
        ctx = _current
        data = ctx._data
        old_value = data.get(self, Token.MISSING)
        data = dict(data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old_value)

    def reset(self, token):
        """Restores the value the variable had before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        data = dict(ctx._data)
        if token._old_value is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        ctx._data = data
        token._used = True

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __repr__(self):
        r = f'<ContextVar name={self._name!r}'
        if self._default is not _NO_DEFAULT:
            r += f' default={self._default!r}'
        return r + f' at 0x{id(self):x}>'

    def __hash__(self):
        return object.__hash__(self)


class Token:
    """What ContextVar.set() returns: the variable and its previous value."""

    MISSING = object()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'


class _TokenMissing:
    def __repr__(self):
        return '<Token.MISSING>'


Token.MISSING = _TokenMissing()
