# sys.exit with an integer status: no traceback, exit status 3, finally blocks still run
import sys

def shutdown(code):
    print('shutting down with', code)
    sys.exit(code)

try:
    shutdown(3)
finally:
    print('finally still runs')
print('never printed')
