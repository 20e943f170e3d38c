import sys
import mod_shapes
import mod_shapes as shapes2
from mod_shapes import Circle, Square, area_sum as total_area
from mod_shapes import *

print(mod_shapes is shapes2, "mod_shapes" in sys.modules, sys.modules["mod_shapes"] is mod_shapes)
print(mod_shapes.__name__, mod_shapes.__doc__, mod_shapes.helper())
shapes = [Circle(1), Square(2), mod_shapes.Circle(0.5)]
print(round(total_area(shapes), 4), len(mod_shapes.created))
print(shapes, isinstance(shapes[0], mod_shapes.Shape))
try:
    mod_shapes.Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print("_hidden" in dir(mod_shapes), "_hidden" in globals(), "Shape" in globals(), "area_sum" in globals())
try:
    from mod_shapes import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
import math, time as t
print(math.floor(2.7), t.time() > 0, type(mod_shapes).__name__)
mod_shapes.created.clear()
import mod_shapes
print(len(mod_shapes.created), mod_shapes.math is math)


def late_import():
    from mod_shapes import Square as Sq
    import mod_shapes as m
    return Sq(3).area(), m.__name__


print(late_import())
print(sorted(k for k in vars(mod_shapes) if not k.startswith("__")))
print(getattr(mod_shapes, "missing", "default"))
try:
    mod_shapes.missing
except AttributeError as e:
    print("AttributeError:", e)
mod_shapes.new_attr = 5
print(shapes2.new_attr)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
