# weakref docs, "Comparing finalizers with __del__() methods": a TempDir cleaned up on the first of
# garbage collection, remove() or program exit; first with __del__, then with finalize.
# Tern has no tempfile/shutil, so mkdtemp and rmtree are simulated by functions that print.
import weakref

_counter = [0]


def mkdtemp():
    _counter[0] += 1
    name = "/tmp/dir%d" % _counter[0]
    print("  mkdtemp ->", name)
    return name


def rmtree(name):
    print("  rmtree", name)


class TempDirDel:
    def __init__(self):
        self.name = mkdtemp()

    def remove(self):
        if self.name is not None:
            rmtree(self.name)
            self.name = None

    @property
    def removed(self):
        return self.name is None

    def __del__(self):
        self.remove()


class TempDir:
    def __init__(self):
        self.name = mkdtemp()
        self._finalizer = weakref.finalize(self, rmtree, self.name)

    def remove(self):
        self._finalizer()

    @property
    def removed(self):
        return not self._finalizer.alive


for cls in (TempDirDel, TempDir):
    print(cls.__name__ + ":")
    d = cls()
    print("  removed:", d.removed)
    d.remove()
    print("  removed:", d.removed)
    d.remove()
    print("  a second remove() does nothing")
    d = cls()
    print("  dropping the object:")
    d = None

print("TempDir left alive until the program exits:")
survivor = TempDir()
print("main code finished")
