# The types module's names match the types of sample objects.
import types
import sys

def gen():
    yield

async def coro():
    pass

class C:
    def m(self):
        pass

c = coro()
print(type(gen()) is types.GeneratorType, type(c) is types.CoroutineType)
c.close()
print(type(gen) is types.FunctionType, types.LambdaType is types.FunctionType)
print(type(C().m) is types.MethodType, type(len) is types.BuiltinFunctionType)
print(type(sys) is types.ModuleType, type(gen.__code__) is types.CodeType)
print(type(None) is types.NoneType)
print(types.GeneratorType.__name__, types.CoroutineType.__name__, types.FrameType.__name__)
