print("reading")
try:
    line = input("prompt> ")
except EOFError as e:
    print("EOFError", repr(e), e.args)
try:
    input()
except EOFError:
    print("again EOF")
import sys
data = sys.stdin.read() if hasattr(sys, "stdin") else ""
print(repr(data))
