# gc.get_referrers finds the containers and instances that refer to an object
import gc

def has(seq, x):
    return any(o is x for o in seq)

target = ["target"]
in_list = [target]
in_dict = {"t": target}
in_tuple = (target, 1)
in_set_value = {"k": (target,)}

refs = gc.get_referrers(target)
print("list:", has(refs, in_list))
print("dict:", has(refs, in_dict))
print("tuple:", has(refs, in_tuple))
print("not the indirect holder:", has(refs, in_set_value))

class C:
    pass
o = C()
o.t = target
refs = gc.get_referrers(target)
print("instance (or its dict):", has(refs, o) or any(isinstance(r, dict) and r.get("t") is target for r in refs))

lonely = ["nobody refers to me but a name"]
refs = gc.get_referrers(lonely)
print("only the globals dict:", all(isinstance(r, dict) for r in refs))

in_list.remove(target)
print("removed from list:", has(gc.get_referrers(target), in_list))
print("no args:", gc.get_referrers())
