# Proxies inside lists/sorting/max/sum and the referent found through equality
import weakref
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < (o.v if isinstance(o, V) else o)
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __add__(self, o): return self.v + (o.v if isinstance(o, V) else o)
    def __radd__(self, o): return o + self.v
    def __repr__(self): return "V(%d)" % self.v
vs = [V(3), V(1), V(2)]
ps = [weakref.proxy(v) for v in vs]
print(ps[0] in vs, vs[0] in ps, ps.index(vs[1]), vs.index(ps[2]))
print([p.v for p in sorted(ps)], max(ps).v, min(ps, key=lambda p: p.v).v)
print(sum(ps), sum(vs))
print(ps[0] == ps[0], ps[0] == vs[0], vs[0] == ps[0], ps[0] != vs[1], ps[0] < ps[1], ps[1] < ps[0])
print(ps.count(vs[0]), vs.count(ps[0]))
plain = object()
class NoEq: pass
ne = NoEq()
pn = weakref.proxy(ne)
print(pn == ne, ne == pn, pn == pn, pn != ne, pn in [ne], ne in [pn], [pn] == [ne])
try:
    pn < ne
except TypeError as e:
    print("TypeError", e)
try:
    {ps[0]}
except TypeError as e:
    print("TypeError", e)
print({vs[0]: 1}.get(vs[0]), str(ps).count("weakproxy"), repr(ps[0].v), str(ps[0]))
