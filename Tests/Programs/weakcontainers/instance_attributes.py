# CPython's weak containers are Python classes, so their instances take attributes.
import weakref


class O:
    pass


o = O()
for container in (weakref.WeakSet([o]), weakref.WeakKeyDictionary({o: 1}), weakref.WeakValueDictionary({1: o})):
    container.extra = 1
    container.label = type(container).__name__
    print(container.label, container.extra, len(container))
    del container.extra
    try:
        container.extra
    except AttributeError as e:
        print("AttributeError", e)
    print(getattr(container, "missing", "default"))
