try:
    try:
        x()
    except A:
        pass
except B:
    pass
