# Deterministic parts of the sys module
import sys

arg0 = sys.argv[0]
print(arg0.replace("\\", "/").split("/")[-1])
print(len(sys.argv), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.version_info[:1], sys.version_info[0], sys.version_info >= (3,), sys.version_info.major)
print(type(sys.version).__name__, isinstance(sys.implementation.name, str))
print(sys.getrecursionlimit())
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__)
print(type(sys.path).__name__, type(sys.modules).__name__)
print(sys.stdout is not None, sys.stderr is not sys.stdout, hasattr(sys.stdout, "write"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit > 0, sys.maxsize + 1)
print(callable(sys.exit), callable(sys.getrefcount), callable(sys.exc_info))

# sys.argv can be modified like any list
saved = list(sys.argv)
sys.argv.append("--extra")
print(sys.argv[1:])
sys.argv[:] = saved
print(len(sys.argv))

# sys.exit raises SystemExit which can be caught
try:
    sys.exit("custom")
except SystemExit as e:
    print("SystemExit:", e.code)

# Attribute errors on sys
try:
    sys.not_an_attribute
except AttributeError as e:
    print(type(e).__name__, e)
