# inf, nan and negative zero
import math
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), repr(nan))
print(float('Inf'), float('INFINITY'), float('-inf'), float('+inf'))
print(float('NaN'), float('-nan'), float('nAn'))
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(math.isnan(nan), math.isinf(inf), math.isinf(-inf), math.isfinite(1.0))
print(inf * 0, inf + 1, inf * -1, 1 / inf, -1 / inf)
print(1e308 * 10, -1e308 * 10)
print(math.inf, -math.inf, math.nan)
z = -0.0
print(z, repr(z), str(z), 0.0 == -0.0, z == 0)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1)
print(abs(-0.0), -(0.0), -(-0.0))
print(math.copysign(1.0, -0.0), math.copysign(1.0, 0.0))
print(round(-0.4), round(-0.5), round(-0.0), round(-0.4, 1))
print(int(-0.0), float(0) * -1)
print([nan] == [nan], nan in [nan])
l = [nan]
print(l == l, l[0] in l)
print(max(1.0, inf), min(-inf, 0))
print(str(-0.0).startswith('-'))
print(float('-0'), float('-0.0'), -0.0 // 1, -0.5 // 1)
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(math.log(0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__)
try:
    print(math.exp(1000))
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 + 1e308, -(1e308 + 1e308))
print(format(inf, 'f'), format(nan, '.2f'), format(-inf, 'e'), format(-0.0, '.1f'))
print(f'{inf:>6}|{nan:<6}|{-0.0:+}')
print(inf == float('inf'), -inf == float('-inf'))
print(float('inf') == 10 ** 400, 10 ** 400 < inf)
