class Tracked:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        log.append(f"init {name}")

    def __del__(self):
        self.log.append(f"del {self.name}")


log = []
a = Tracked("a", log)
b = Tracked("b", log)
del a
log.append("after del a")
b = None
log.append("after b = None")


def scope():
    t = Tracked("local", log)
    log.append("leaving scope")


scope()
log.append("after scope")
items = [Tracked(f"item{i}", log) for i in range(3)]
items.pop(1)
log.append("after pop")
items.clear()
log.append("after clear")
d = {"k": Tracked("dictval", log)}
d["k"] = Tracked("replacement", log)
log.append("after replace")
del d
log.append("after del d")


class Holder:
    def __init__(self, log):
        self.child = Tracked("child", log)


h = Holder(log)
del h
log.append("after del holder")
x = Tracked("rebound", log)
x = Tracked("second", log)
log.append("after rebind")
try:
    t = Tracked("in-try", log)
    raise ValueError
except ValueError:
    del t
log.append("after except")
gen = (Tracked(f"gen{i}", log) for i in range(2))
next(gen)
log.append("got first")
del gen
log.append("after del gen")
for line in log:
    print(line)
log.clear()
print("end of module")
