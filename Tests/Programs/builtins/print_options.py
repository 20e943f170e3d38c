# print() with sep, end, file and flush
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued", end="!\n")
print()
print("", end="")
print(1, 2.5, None, True, [1, "x"], (2,), {"k": "v"})
print("sep None means space", sep=None)
print("end None means newline", end=None)
print(*range(5), sep="|", end=".\n")
print(*[], sep="x")
print("multi\nline", "text")

print("to stderr", file=sys.stderr)
print("to stderr", "with", "sep", sep="-", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
print("file=None means stdout", file=None)

sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
sys.stderr.write("stderr written directly\n")

# Objects are converted with str()
class Custom:
    def __str__(self):
        return "custom-str"
    def __repr__(self):
        return "custom-repr"
print(Custom(), [Custom()])

# Errors
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
print("done", file=sys.stderr)
