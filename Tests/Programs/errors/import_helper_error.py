# Uses a helper module; its error is caught, then re-raised from this file without context
import mod_geometry
from mod_geometry import circle_area

print(mod_geometry.describe())
print(round(circle_area(2), 3))
print(mod_geometry.PI_APPROX, __name__)
try:
    circle_area(-1)
except ValueError as e:
    print('helper said:', e)
    failure = e
raise RuntimeError(f'cannot continue ({failure})') from None
