# What except* leaves unhandled ends the program: the last line is the group's own.
try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), KeyError("c")])
except* ValueError as e:
    print("handled", e.exceptions)
except* KeyError:
    raise IndexError("replaced")
