# contextvars: ContextVar get/set/reset, Token, copy_context, Context.run.
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")
print(request_id.get(), request_id.name, user.get("anon"))
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
token = request_id.set("r1")
print(request_id.get(), token.var is request_id, token.old_value is contextvars.Token.MISSING)
request_id.reset(token)
print(request_id.get())
try:
    request_id.reset(token)
except RuntimeError as e:
    print("RuntimeError", "used" in str(e))

user.set("ann")
ctx = contextvars.copy_context()
print(ctx[user], user in ctx, len(ctx), ctx.get(request_id, "missing"))


def handler(name):
    user.set(name)
    t = request_id.set("inner")
    return user.get(), request_id.get()


print(ctx.run(handler, "bob"), user.get(), ctx[user], ctx[request_id])
print(sorted(v.name for v in ctx), sorted(str(x) for x in ctx.values()))
try:
    ctx.run(lambda: ctx.run(print, "nested"))
except RuntimeError as e:
    print("RuntimeError", "already entered" in str(e))

other = contextvars.Context()
print(len(other), other.run(user.get, "fresh"))
t2 = other.run(user.set, "in other")
try:
    user.reset(t2)
except ValueError as e:
    print("ValueError", "different Context" in str(e))
counter = contextvars.ContextVar("counter", default=0)


def bump():
    counter.set(counter.get() + 1)
    return counter.get()


c1 = contextvars.copy_context()
print(c1.run(bump), c1.run(bump), counter.get(), c1[counter])
print(type(contextvars.ContextVar[int]).__name__)
