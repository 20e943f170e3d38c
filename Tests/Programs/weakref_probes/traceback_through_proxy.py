# Uncaught exception raised inside a method reached through a callable proxy: traceback frames on stderr
import weakref
class Service:
    def __call__(self, x):
        return self.step(x)
    def step(self, x):
        if x > 1:
            raise LookupError("no such item: %d" % x)
        return x
svc = Service()
p = weakref.proxy(svc)
print(p(1))
def driver():
    return p(5)
driver()
