# A small Richards-style operating-system scheduler simulation, written from scratch.
# Tasks of different priorities pass packets through a priority-ordered task list:
# an idle task wakes two "devices", a worker generates work packets that two
# handlers fill with data by exchanging device packets with the devices.

WORK = 1
DEVICE = 2

IDLE_ID = 0
WORKER_ID = 1
HANDLER_A_ID = 2
HANDLER_B_ID = 3
DEVICE_A_ID = 4
DEVICE_B_ID = 5


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        """Append self at the end of the linked queue; return the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        self.next = None

    def runnable(self):
        if self.held:
            return False
        return not self.waiting or self.queue is not None

    def take_packet(self):
        if self.waiting and self.queue is not None:
            pkt = self.queue
            self.queue = pkt.link
            self.waiting = False
            return pkt
        return None

    def step(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, IDLE_ID, 0, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def step(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return s.release(DEVICE_A_ID)
        self.seed = (self.seed >> 1) ^ 0xD008
        return s.release(DEVICE_B_ID)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        super().__init__(sched, WORKER_ID, 1000, queue)
        self.target = HANDLER_A_ID
        self.letter = 0

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait_current()
        self.target = HANDLER_B_ID if self.target == HANDLER_A_ID else HANDLER_A_ID
        pkt.dest = self.target
        pkt.datum = 0
        data = pkt.data
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return s.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, device_id):
        super().__init__(sched, ident, priority, queue)
        self.device_id = device_id
        self.work = None
        self.devices = None

    def step(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        w = self.work
        if w is not None:
            count = w.datum
            if count >= 4:
                self.work = w.link
                w.dest = WORKER_ID
                return s.send(w)
            d = self.devices
            if d is not None:
                self.devices = d.link
                d.datum = w.data[count]
                w.datum = count + 1
                d.dest = self.device_id
                return s.send(d)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, handler_id):
        super().__init__(sched, ident, priority, None)
        self.handler_id = handler_id
        self.pending = None

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            p = self.pending
            if p is None:
                return s.wait_current()
            self.pending = None
            p.dest = self.handler_id
            s.checksum = (s.checksum * 7 + p.datum) & 0xFFFFFF
            return s.send(p)
        self.pending = pkt
        return s.hold_current()


class Scheduler:
    def __init__(self):
        self.by_id = {}
        self.head = None
        self.current = None
        self.sends = 0
        self.holds = 0
        self.checksum = 0

    def add(self, task):
        self.by_id[task.ident] = task
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        t = self.head
        while t.next is not None and t.next.priority >= task.priority:
            t = t.next
        task.next = t.next
        t.next = task

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.by_id[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, pkt):
        self.sends += 1
        t = self.by_id[pkt.dest]
        was_empty = t.queue is None
        t.queue = pkt.append_to(t.queue)
        if was_empty and t.priority > self.current.priority:
            return t
        return self.current

    def run(self):
        t = self.head
        while t is not None:
            if t.runnable():
                pkt = t.take_packet()
                self.current = t
                t = t.step(pkt)
            else:
                t = t.next


def build(count):
    s = Scheduler()
    s.add(IdleTask(s, count))
    work = Packet(None, WORKER_ID, WORK)
    work = Packet(work, WORKER_ID, WORK)
    s.add(WorkerTask(s, work))
    for hid, prio, did in ((HANDLER_A_ID, 2000, DEVICE_A_ID), (HANDLER_B_ID, 3000, DEVICE_B_ID)):
        q = Packet(None, did, DEVICE)
        q = Packet(q, did, DEVICE)
        q = Packet(q, did, DEVICE)
        s.add(HandlerTask(s, hid, prio, q, did))
    s.add(DeviceTask(s, DEVICE_A_ID, 4000, HANDLER_A_ID))
    s.add(DeviceTask(s, DEVICE_B_ID, 5000, HANDLER_B_ID))
    return s


def main():
    sends = holds = check = 0
    for i in range(65):
        s = build(10_000 + i)
        s.run()
        sends += s.sends
        holds += s.holds
        check ^= s.checksum
    print(f"richards: {sends} {holds} {check}")


main()
