# Huge position arguments, float/int __round__, len.__self__, Unicode digits in float(), huge shifts
import math
def run(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
run(lambda: slice(0, 10**30).indices(5))
run(lambda: [1, 2].insert(10**30, 5))
run(lambda: [1, 2].pop(10**30))
run(lambda: (0.1).__round__())
run(lambda: (2.675).__round__(2))
run(lambda: len.__self__)
run(lambda: type([].append).__name__)
run(lambda: math.gamma(5.5))
run(lambda: math.lgamma(5.5))
run(lambda: float('١.٥'))
run(lambda: int('١٢'))
run(lambda: 1 << 2**62)
