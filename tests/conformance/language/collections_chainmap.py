# ChainMap: layered lookups (defaults < config < command line)
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
config = {"user": "admin"}
cli = {"debug": True}
settings = ChainMap(cli, config, defaults)
print(settings["color"], settings["user"], settings["debug"])
print(len(settings), sorted(settings))
print("color" in settings, "missing" in settings, settings.get("missing", "?"))
settings["color"] = "blue"
print(cli)
child = settings.new_child({"user": "root"})
print(child["user"], child.parents["user"])
print(child.maps[0], len(child.maps))
print(ChainMap({"a": 1}, {"b": 2}))
try:
    settings["nothing"]
except KeyError as e:
    print("KeyError:", e)
del settings["color"]
print(settings["color"], dict(settings) == {"color": "red", "user": "admin", "debug": True})
