# gc.get_threshold()/gc.set_threshold(): one, two or three values; unspecified ones keep their value
import gc

orig = gc.get_threshold()
print(orig, type(orig).__name__)
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(400, 7)
print(gc.get_threshold())
gc.set_threshold(300, 6, 5)
print(gc.get_threshold())
gc.set_threshold(1000)
print(gc.get_threshold())
print("returns:", gc.set_threshold(*orig))
print(gc.get_threshold() == orig)
gc.set_threshold(True, False)
print(gc.get_threshold())
gc.set_threshold(*orig)
print(gc.get_threshold())
