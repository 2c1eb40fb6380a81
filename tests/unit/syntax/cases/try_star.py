try:
    f()
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass
else:
    pass
finally:
    pass
