class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join("[" + " ".join(f"{x:>{width}}" for x in row) + "]" for row in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        for row in self.rows:
            yield from row

    def _elementwise(self, other, op):
        if isinstance(other, Matrix):
            if self.shape != other.shape:
                raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        if isinstance(other, (int, float)):
            return Matrix([[op(a, other) for a in row] for row in self.rows])
        return NotImplemented

    def __add__(self, other):
        return self._elementwise(other, lambda a, b: a + b)

    __radd__ = __add__

    def __sub__(self, other):
        return self._elementwise(other, lambda a, b: a - b)

    def __rsub__(self, other):
        return self._elementwise(other, lambda a, b: b - a)

    def __mul__(self, other):
        return self._elementwise(other, lambda a, b: a * b)

    def __rmul__(self, other):
        return self * other

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(len(self))
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return Matrix([[abs(x) for x in row] for row in self.rows])

    def __bool__(self):
        return any(self)

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    T = property(transpose)

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("square only")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j, x in enumerate(self.rows[0]):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * x * minor.determinant()
        return total


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a)
print(repr(a + b), repr(a - b), repr(a * b), sep="\n")
print(repr(a @ b))
print(repr(10 + a), repr(10 - a), repr(3 * a), repr(a * 0.5))
print(repr(-a), repr(abs(-a)))
print(a.shape, a[1], a[1, 0], a[-1][-1], len(a), list(a), sum(a), max(a))
a2 = Matrix(a.rows)
a2[0, 0] = 100
print(a2[0, 0], a[0, 0], a == Matrix([[1, 2], [3, 4]]), a != b)
print(repr(a.transpose()), repr(a.T))
fib = Matrix([[1, 1], [1, 0]])
print([(fib ** k)[0, 1] for k in range(1, 15)])
print((fib ** 90)[0, 1])
m3 = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(m3.determinant(), Matrix.identity(4).determinant())
print(str(Matrix.identity(3) * 7 - 1))
print(bool(Matrix.zeros(2, 2)), bool(Matrix.identity(1)))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a + Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    a @ 3
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError:", e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print("ValueError:", e)
print(Matrix.__dict__["T"].__class__.__name__, type(Matrix.identity).__name__)
