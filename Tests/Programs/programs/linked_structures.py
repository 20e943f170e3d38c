class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        for x in reversed(list(iterable)):
            self.push_front(x)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self._size -= 1
        return node.value

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        try:
            return self._items.pop()
        except IndexError:
            raise IndexError("pop from empty stack") from None

    def peek(self):
        return self._items[-1] if self._items else None

    def __bool__(self):
        return bool(self._items)

    def __len__(self):
        return len(self._items)


class Queue:
    def __init__(self):
        self._in, self._out = [], []

    def enqueue(self, x):
        self._in.append(x)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("dequeue from empty queue")
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), 4 in ll, 9 in ll, ll[0], ll[-1], ll[2])
ll.append(9)
ll.push_front(2)
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), sorted(ll), sum(ll))
ll.remove(1)
print(ll)
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
print([ll.pop_front() for _ in range(len(ll))], len(ll), ll)
try:
    ll.pop_front()
except IndexError as e:
    print("IndexError:", e)
try:
    ll[0]
except IndexError as e:
    print("IndexError:", e)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s

for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "())"]:
    print(repr(t), balanced(t))

s = Stack()
print(s.peek(), bool(s), len(s))
try:
    s.pop()
except IndexError as e:
    print(e, e.__cause__, e.__suppress_context__)

def rpn(expr):
    st = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(int(tok))
    return st.pop()

print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("7 2 /"))

q = Queue()
for i in range(5):
    q.enqueue(i * i)
print(q.dequeue(), q.dequeue(), len(q))
q.enqueue(100)
print([q.dequeue() for _ in range(len(q))])
try:
    q.dequeue()
except IndexError as e:
    print("IndexError:", e)

big = LinkedList(range(2000))
print(len(big), big[1999], sum(big))
del big
print("done")
