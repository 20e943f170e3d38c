def traffic_light():
    state = "red"
    durations = {"red": 3, "green": 2, "yellow": 1}
    transitions = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        command = yield state, durations[state]
        if command == "emergency":
            state = "red"
        elif command == "stop":
            return f"stopped in {state}"
        else:
            state = transitions[state]


light = traffic_light()
print(next(light))
for cmd in [None, None, "emergency", None, None, None]:
    print(cmd, "->", light.send(cmd))
try:
    light.send("stop")
except StopIteration as e:
    print("finished:", e.value)
print(next(light, "exhausted"))


def vending_machine(price):
    balance = 0
    log = []
    try:
        while True:
            coin = yield balance
            if coin is None:
                continue
            if coin not in (5, 10, 25):
                log.append(f"rejected {coin}")
                continue
            balance += coin
            if balance >= price:
                log.append(f"vend, change {balance - price}")
                balance = 0
    except GeneratorExit:
        log.append("closed")
        print("log:", log)
        raise
    finally:
        print("machine off")


vm = vending_machine(30)
print(next(vm))
for c in [10, 3, 25, 5, 25, 10]:
    print("inserted", c, "balance", vm.send(c))
vm.close()
vm.close()
print("closed twice ok")


class Parser:
    """Parses 'key=value;...' using a char-level state machine in a generator."""

    def __init__(self):
        self.result = {}
        self.machine = self._run()
        next(self.machine)

    def _run(self):
        key = value = ""
        state = "key"
        while True:
            ch = yield
            if state == "key":
                if ch == "=":
                    state = "value"
                elif ch == ";":
                    raise ValueError(f"missing value for {key!r}")
                else:
                    key += ch
            elif state == "value":
                if ch == ";":
                    self.result[key.strip()] = value.strip()
                    key = value = ""
                    state = "key"
                else:
                    value += ch

    def feed(self, text):
        for ch in text:
            self.machine.send(ch)
        return self


p = Parser().feed("a=1; b = two;c=3;")
print(p.result)
try:
    Parser().feed("x=1;y;")
except ValueError as e:
    print("ValueError:", e)


def counter_with_reset():
    n = 0
    while True:
        try:
            received = yield n
        except KeyError:
            n = -1
        else:
            n = 0 if received == "reset" else n + 1


g = counter_with_reset()
print(next(g), next(g), next(g), g.send("reset"), next(g), g.throw(KeyError), next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("propagated:", e)
print(next(g, "dead"))
