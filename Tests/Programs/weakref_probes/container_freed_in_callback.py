# A weak container freed by another callback while its own removal callback for the same dying element is pending
import weakref
class O: pass
holder = {}
def drop_container(wr):
    print("dropping the container")
    holder.clear()
o = O()
holder["s"] = weakref.WeakSet([o])
r = weakref.ref(o, drop_container)
del o
print("end")
