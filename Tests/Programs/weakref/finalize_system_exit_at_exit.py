# SystemExit from a finalizer at exit ends the exit hook: the older finalizers never run
import weakref, sys
class O: pass
a, b = O(), O()
weakref.finalize(a, print, "created first, runs last")
weakref.finalize(b, sys.exit, 7)
print("main done")
