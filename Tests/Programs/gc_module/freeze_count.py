# gc.get_freeze_count() counts frozen objects; new objects are not frozen until the next freeze; unfreeze empties it
import gc

print("initially:", gc.get_freeze_count())
gc.freeze()
first = gc.get_freeze_count()
print("after freeze:", first > 0)
extra = [[i] for i in range(50)]
print("unchanged by new objects:", gc.get_freeze_count() == first)
gc.freeze()
print("second freeze adds the new ones:", gc.get_freeze_count() >= first + 50)
print("freeze returns:", gc.freeze())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print("unfreeze again:", gc.unfreeze(), gc.get_freeze_count())
