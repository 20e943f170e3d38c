import sys
print("args:", sys.argv[1:], sys.argv[0].endswith("exit_forms.py"))
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, repr(e), e.args)
try:
    exit(4)
except SystemExit as e:
    print("caught exit", e.code)
try:
    quit()
except SystemExit as e:
    print("caught quit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught message", e.code)
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception), e.code)
try:
    try:
        sys.exit(2)
    finally:
        print("finally runs on exit")
except SystemExit:
    pass


def cleanup():
    try:
        sys.exit(5)
    except Exception:
        print("Exception does not catch SystemExit")


try:
    cleanup()
except SystemExit as e:
    print("escaped", e.code)
print("exiting with 42", flush=True)
sys.exit(42)
