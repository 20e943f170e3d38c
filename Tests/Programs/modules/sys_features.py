import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0), sys.version_info[:2] == (3, 11))
print(sys.maxsize == 2 ** 63 - 1, type(sys.path).__name__, "sys" in sys.modules, sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)


def depth(n):
    return depth(n + 1) if n < 10000 else n


try:
    depth(0)
except RecursionError:
    print("limited at 200")
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
sys.stdout.write("direct write\n")
n = sys.stdout.write("abc")
print("", n)
print("to stdout", file=sys.stdout)
x = []
print(sys.getrefcount(x) >= 2)
print(callable(sys.exit), hasattr(sys, "modules"), isinstance(sys.modules, dict))
