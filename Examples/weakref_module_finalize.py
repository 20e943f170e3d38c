# weakref docs, "Comparing finalizers with __del__() methods": finalize works on objects whose class
# you do not control, such as a module: run code when this module is unloaded (at exit here).
import sys
import weakref

state = {"opened": 3}


def unloading_module():
    # implicit reference to the module globals from the function body
    print("unloading module", __name__, "with state", state)


f = weakref.finalize(sys.modules[__name__], unloading_module)
print("registered for module:", f.peek()[0].__name__, "alive:", f.alive)
state["opened"] += 1
print("main code finished")
