# Tuples are tracked when created; a collection untracks those holding only untracked atoms
import gc

n = 5
t = (n, "s", 2.5)
holder = ([n],)
print("new tuples tracked:", gc.is_tracked(t), gc.is_tracked(holder))
gc.collect()
print("after collect:", gc.is_tracked(t), gc.is_tracked(holder))
print("empty tuple:", gc.is_tracked(()))
