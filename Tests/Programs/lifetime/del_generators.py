# Generators keep their locals alive until they finish or are dropped
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def gen():
    r = Res("gen-local")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

print("exhausted generator:")
g = gen()
print(list(g))
print("after exhaustion")
g = None

print("generator dropped mid-way:")
g = gen()
print(next(g))
g = None
print("after drop")

print("generator never started:")
g = gen()
g = None
print("after drop of unstarted")

print("closed explicitly:")
g = gen()
next(g)
g.close()
print("closed")
g = None
print("released")

print("generator expression holds its source:")
src = [Res("src0"), Res("src1")]
ge = (r.name for r in src)
src = None
print("src name dropped")
print(next(ge))
ge = None
print("generator expression dropped")

print("values yielded and discarded:")
def producer():
    for i in range(3):
        yield Res("item%d" % i)
for item in producer():
    print("got", item.name)
print("loop done")
item = None
print("end")
