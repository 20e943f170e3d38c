# An object still alive when the program ends is finalized at shutdown
class Res:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
        print("create", name)
    def __del__(self):
        print("del", self.name)

temp = Res("temporary")
temp = None
print("temporary released during the run")

def work():
    local = Res("function-local")
    return local.name.upper()
print(work())

items = [Res("in-list")]
items.pop()
print("list item released")

# This one (and its child) is still referenced by a global at the end:
# CPython finalizes it while tearing down the __main__ module.
survivor = Res("survivor", child=Res("survivor-child"))
print("survivor child is", survivor.child.name)
print("main code finished")
