# gc.get_referents on simple objects: containers' items, dict keys and values, instance attributes, cells
import gc

def has(seq, x):
    return any(o is x for o in seq)

a = [1]; b = {"k": 2}; c = ("t", [3])
lst = [a, b, c]
refs = gc.get_referents(lst)
print("list:", has(refs, a), has(refs, b), has(refs, c), len(refs) >= 3)

key = ("key",); val = ["value"]
d = {key: val}
refs = gc.get_referents(d)
print("dict keys and values:", has(refs, key), has(refs, val))

t = (a, b)
print("tuple:", has(gc.get_referents(t), a), has(gc.get_referents(t), b))

s = {key}
print("set:", has(gc.get_referents(s), key))

class C:
    pass
obj = C()
obj.attr = val
refs = gc.get_referents(obj)
via_dict = any(isinstance(r, dict) and r.get("attr") is val for r in refs)
print("instance attribute reachable:", has(refs, val) or via_dict)
print("instance refers to its class:", has(refs, C))

def outer():
    captured = ["cell content"]
    def inner():
        return captured
    return inner, captured
fn, captured = outer()
cells = fn.__closure__
print("function refers to its closure:", has(gc.get_referents(fn), cells))
print("cell refers to content:", has(gc.get_referents(cells[0]), captured))

print("several args:", has(gc.get_referents(lst, d), a) and has(gc.get_referents(lst, d), val))
print("atoms have none:", gc.get_referents(1, "x", None, 2.5))
print("no args:", gc.get_referents())
