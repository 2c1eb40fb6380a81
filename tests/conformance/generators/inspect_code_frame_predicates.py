# iscode, isframe, istraceback.
import inspect

def gen():
    yield

g = gen()
print(inspect.iscode(gen.__code__), inspect.iscode(gen))
print(inspect.isframe(g.gi_frame), inspect.isframe(g))
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
tb = err.__traceback__
print(inspect.istraceback(tb), inspect.istraceback(err))
print(inspect.isframe(tb.tb_frame), inspect.iscode(tb.tb_frame.f_code))
