# sys.exit with a message: printed to stderr, exit status 1
import sys

def shutdown(reason):
    try:
        sys.exit(reason)
    finally:
        print("finally runs during SystemExit")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)

try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)

try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code:", e.code)

# except Exception does not catch SystemExit
try:
    try:
        sys.exit(7)
    except Exception:
        print("never")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)

print("about to exit")
shutdown("fatal: configuration missing")
print("never printed")
