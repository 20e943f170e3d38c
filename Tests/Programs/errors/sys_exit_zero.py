# sys.exit() with no argument and with None both mean success (status 0)
import sys

print('about to exit cleanly')
try:
    sys.exit()
except SystemExit as e:
    print('code was', e.code)
sys.exit(None)
print('never printed')
