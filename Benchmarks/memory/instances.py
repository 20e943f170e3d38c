# Memory of 1,000,000 live instances: run with /usr/bin/time -f %M (peak RSS in KB) under tern
# and python3, and subtract the peak of an empty program (`print(0)`) run the same way.
import sys


class Plain:
    pass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


kind = sys.argv[1] if len(sys.argv) > 1 else "plain"
if kind == "plain":
    objects = [Plain() for i in range(1_000_000)]
else:
    objects = [Point(i, i) for i in range(1_000_000)]
print(kind, len(objects))
