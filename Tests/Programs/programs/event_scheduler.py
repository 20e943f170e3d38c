import time


class Event:
    _counter = 0

    def __init__(self, when, name, action=None, repeat=None):
        Event._counter += 1
        self.seq = Event._counter
        self.when = when
        self.name = name
        self.action = action
        self.repeat = repeat

    def __lt__(self, other):
        return (self.when, self.seq) < (other.when, other.seq)

    def __repr__(self):
        return f"Event({self.when}, {self.name!r})"


class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.log = []

    def schedule(self, delay, name, action=None, repeat=None):
        event = Event(self.now + delay, name, action, repeat)
        self.queue.append(event)
        self.queue.sort()
        return event

    def cancel(self, event):
        try:
            self.queue.remove(event)
            return True
        except ValueError:
            return False

    def run(self, until):
        while self.queue and self.queue[0].when <= until:
            event = self.queue.pop(0)
            self.now = event.when
            result = event.action(self) if event.action else None
            self.log.append((self.now, event.name, result))
            if event.repeat:
                self.schedule(event.repeat, event.name, event.action, event.repeat)
        self.now = until


def tick(s):
    return len(s.log)


def make_alarm(msg):
    def alarm(s):
        return msg.upper()
    return alarm


s = Scheduler()
s.schedule(5, "alarm", make_alarm("wake up"))
heartbeat = s.schedule(2, "heartbeat", tick, repeat=3)
s.schedule(5, "second-at-5")
victim = s.schedule(7, "cancelled")
print(s.queue)
print(s.cancel(victim), s.cancel(victim))
s.run(12)
for entry in s.log:
    print(entry)
print(s.now, s.queue)
s.queue.clear()
start = time.perf_counter()
elapsed = time.perf_counter() - start
print(elapsed >= 0, isinstance(time.time(), float), time.time() > 1e9)
t0 = time.time()
time.sleep(0.01)
print(time.time() - t0 >= 0.005)
lt = time.localtime() if hasattr(time, "localtime") else None
print(type(time.monotonic()).__name__ if hasattr(time, "monotonic") else "float")
