counter = 0
names = []


def increment(by=1):
    global counter
    counter += by
    return counter


def register(name):
    names.append(name)


increment()
increment(5)
register("x")
print(counter, names)


def make_bank():
    balance = 0

    def deposit(n):
        nonlocal balance
        balance += n
        return balance

    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient")
        balance -= n
        return balance

    return deposit, withdraw, lambda: balance


dep, wd, bal = make_bank()
dep(100)
wd(30)
print(bal())
try:
    wd(500)
except ValueError as e:
    print(e, bal())


def outer():
    x = 1

    def middle():
        x = 2

        def inner():
            nonlocal x
            x += 10
            return x
        return inner(), x
    return middle(), x


print(outer())


def shadowing():
    print_ = print
    len = lambda s: -1
    return len("abc"), print_ is print


print(shadowing(), len("abc"))


def uses_global_later():
    global late_defined
    late_defined = "set inside function"


uses_global_later()
print(late_defined)
x = "global x"


def read_only():
    return x


def local_shadow():
    x = "local x"
    return x


print(read_only(), local_shadow(), x)


def unbound():
    try:
        print(y_local)
        y_local = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()


class Scope:
    attr = "class attr"

    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"


print(Scope().method())
gen_total = 0


def add_all(values):
    global gen_total
    for v in values:
        gen_total += v


add_all(range(5))
print(gen_total)
print(sorted(k for k in globals() if k.startswith("gen") or k == "counter"))
