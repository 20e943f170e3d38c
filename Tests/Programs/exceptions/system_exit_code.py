# sys.exit with an integer status, passing through finally blocks and handlers
import sys

def cleanup(label):
    print("cleanup", label)

def inner():
    try:
        print("inner: calling sys.exit(3)")
        sys.exit(3)
    finally:
        cleanup("inner")

def outer():
    try:
        inner()
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        cleanup("outer")
    print("never reached")

print("start")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit code", e.code, "and continuing")
sys.stdout.flush()
outer()
print("never printed")
