# The proxy types are made only by weakref.proxy.
import weakref


class O:
    def __call__(self):
        return 1


o = O()
for t in (weakref.ProxyType, weakref.CallableProxyType):
    try:
        t(o)
    except TypeError as e:
        print("TypeError", e)
print(type(weakref.proxy(o)) is weakref.CallableProxyType)
