# An uncaught exception prints a traceback to stderr and exits with status 1
def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: " + repr(text))
    print("parsed", int(text))

def load(items):
    print("loading", len(items), "items")
    for item in items:
        parse(item)
    print("loaded")

print("start")
load(["1", "2"])
try:
    load(["x"])
except ValueError as e:
    print("caught first time:", e)
print("now failing for real")
load(["3", "oops", "4"])
print("never printed")
