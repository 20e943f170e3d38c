KEYWORDS = {"let", "if", "else", "print"}


class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"

    def __eq__(self, other):
        return (self.kind, self.text) == (other.kind, other.text)


class LexError(Exception):
    pass


def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
            continue
        start = i
        if c.isdigit():
            while i < n and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise LexError(f"bad number {text!r} at {start}")
            yield Token("NUM", text, start)
        elif c.isalpha() or c == "_":
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            yield Token("KW" if word in KEYWORDS else "ID", word, start)
        elif c in "\"'":
            i += 1
            buf = []
            while i < n and src[i] != c:
                if src[i] == "\\" and i + 1 < n:
                    i += 1
                    buf.append({"n": "\n", "t": "\t"}.get(src[i], src[i]))
                else:
                    buf.append(src[i])
                i += 1
            if i >= n:
                raise LexError(f"unterminated string at {start}")
            i += 1
            yield Token("STR", "".join(buf), start)
        elif src.startswith(("==", "!=", "<=", ">="), i):
            i += 2
            yield Token("OP", src[start:i], start)
        elif c in "+-*/()=<>;{}":
            i += 1
            yield Token("OP", c, start)
        else:
            raise LexError(f"unexpected {c!r} at {start}")


class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, text=None):
        tok = self.peek()
        if tok is None or (text is not None and tok.text != text):
            raise SyntaxError(f"expected {text!r}, got {tok!r}")
        self.pos += 1
        return tok

    def expr(self):
        left = self.term()
        while (t := self.peek()) and t.text in "+-" and t.kind == "OP":
            self.take()
            right = self.term()
            left = (t.text, left, right)
        return left

    def term(self):
        left = self.atom()
        while (t := self.peek()) and t.kind == "OP" and t.text in ("*", "/"):
            self.take()
            left = (t.text, left, self.atom())
        return left

    def atom(self):
        t = self.take()
        if t.kind == "NUM":
            return float(t.text) if "." in t.text else int(t.text)
        if t.kind == "ID":
            return t.text
        if t.text == "(":
            e = self.expr()
            self.take(")")
            return e
        if t.text == "-":
            return ("neg", self.atom())
        raise SyntaxError(f"unexpected token {t!r}")


def evaluate(node, env):
    match_ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
                 "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    if isinstance(node, (int, float)):
        return node
    if isinstance(node, str):
        try:
            return env[node]
        except KeyError:
            raise NameError(f"undefined variable {node!r}") from None
    op, *args = node
    if op == "neg":
        return -evaluate(args[0], env)
    a, b = (evaluate(x, env) for x in args)
    return match_ops[op](a, b)


src = 'let x = 3.5 * (y + 2); print "hi\\tthere" if x >= 10'
for tok in tokenize(src):
    print(tok)
print(list(tokenize("a==b!=c")))
print([t.kind for t in tokenize("let _a1 = 'q'")])
for bad in ["1.2.3", "'open", "a @ b"]:
    try:
        list(tokenize(bad))
    except LexError as e:
        print("LexError:", e)

env = {"x": 4, "y": 10}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "x * y - 2 / 4", "-x + -(y - 1)", "2 * (3 + (4 - 1)) / 3", "z + 1", "1 +", "(1 + 2"]:
    try:
        tree = Parser(tokenize(text)).expr()
        print(f"{text!r:28} -> {tree!r} = {evaluate(tree, env)!r}")
    except (SyntaxError, NameError) as e:
        print(f"{text!r:28} -> {type(e).__name__}: {e}")
print(Token("ID", "a", 0) == Token("ID", "a", 5), Token("ID", "a", 0) != Token("KW", "a", 0))
