# SystemExit can be caught and inspected; the final raise SystemExit(5) ends with status 5
import sys

for arg in [0, 2, 'text', None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print('caught SystemExit', repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print('bare SystemExit code', e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(1)
except Exception:
    print('not caught by except Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
raise SystemExit(5)
