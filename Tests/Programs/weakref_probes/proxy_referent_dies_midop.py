# The referent drops its last strong reference while an operation through the proxy is running
import weakref
holder = []
class Evil:
    def __init__(self, n): self.n = n
    def __getattr__(self, name):
        holder.clear()
        return ("getattr", name, self.n)
    def __add__(self, o):
        holder.clear()
        return self.n + o
    def __radd__(self, o):
        holder.clear()
        return o + self.n
    def __len__(self):
        holder.clear()
        return self.n
    def __call__(self):
        holder.clear()
        return "called %d" % self.n
    def __eq__(self, o):
        holder.clear()
        return "eq"
    def __iter__(self):
        holder.clear()
        return iter([self.n])
    def __bool__(self):
        holder.clear()
        return True
    def __getitem__(self, k):
        holder.clear()
        return k * self.n
    __hash__ = object.__hash__
ops = [("getattr", lambda p: p.anything), ("add", lambda p: p + 1), ("radd", lambda p: 1 + p), ("len", len),
       ("call", lambda p: p()), ("eq", lambda p: p == 3), ("iter", lambda p: list(iter(p))), ("bool", bool),
       ("getitem", lambda p: p[2])]
for name, op in ops:
    holder.append(Evil(7))
    p = weakref.proxy(holder[0], lambda w, name=name: print("  callback for", name))
    print(name, "->", op(p))
    try:
        p.n
    except ReferenceError as e:
        print("  then:", e)
