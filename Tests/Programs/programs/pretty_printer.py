def dumps(obj, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if obj != obj:
            return "NaN"
        if obj in (float("inf"), float("-inf")):
            return "Infinity" if obj > 0 else "-Infinity"
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        parts = [f"{pad}{quote(str(k))}: {dumps(obj[k], indent, level + 1, sort_keys)}" for k in keys]
        return "{\n" + ",\n".join(parts) + "\n" + end_pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in obj) and len(obj) <= 5:
            return "[" + ", ".join(dumps(x) for x in obj) + "]"
        return "[\n" + ",\n".join(pad + dumps(x, indent, level + 1, sort_keys) for x in obj) + "\n" + end_pad + "]"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def quote(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class Reader:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t\r":
            self.i += 1

    def value(self):
        self.ws()
        c = self.text[self.i]
        if c == "{":
            self.i += 1
            result = {}
            self.ws()
            if self.text[self.i] == "}":
                self.i += 1
                return result
            while True:
                self.ws()
                key = self.value()
                self.ws()
                assert self.text[self.i] == ":", f"colon expected at {self.i}"
                self.i += 1
                result[key] = self.value()
                self.ws()
                if self.text[self.i] == ",":
                    self.i += 1
                    continue
                self.i += 1
                return result
        if c == "[":
            self.i += 1
            items = []
            self.ws()
            if self.text[self.i] == "]":
                self.i += 1
                return items
            while True:
                items.append(self.value())
                self.ws()
                sep = self.text[self.i]
                self.i += 1
                if sep == "]":
                    return items
        if c == '"':
            j = self.i + 1
            buf = ""
            while self.text[j] != '"':
                if self.text[j] == "\\":
                    j += 1
                    esc = self.text[j]
                    if esc == "u":
                        buf += chr(int(self.text[j + 1:j + 5], 16))
                        j += 4
                    else:
                        buf += {"n": "\n", "t": "\t"}.get(esc, esc)
                else:
                    buf += self.text[j]
                j += 1
            self.i = j + 1
            return buf
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.text) and self.text[j] in "+-0123456789.eE":
            j += 1
        num = self.text[self.i:j]
        self.i = j
        return float(num) if any(c in num for c in ".eE") else int(num)


data = {
    "name": "Tern \"interpreter\"",
    "version": (3, 11),
    "tags": ["swift", "python", "vm"],
    "nested": {"empty_list": [], "empty_dict": {}, "flag": True, "nothing": None,
               "floats": [0.1, 1e16, 1.5e-7, -0.0, 2.0]},
    "unicode": "café ☕\n\ttab",
    "numbers": [1, 2, 3, 4, 5, 6],
    "mixed": [1, "two", [3, [4, {"five": 5}]]],
    "big": 2 ** 70,
}
text = dumps(data)
print(text)
print(dumps(data["nested"], indent=4, sort_keys=True))
back = Reader(text).value()
print(back["name"], back["version"], back["unicode"] == data["unicode"])
print(back["big"] == data["big"], back["mixed"][2][1][1]["five"], back["nested"]["floats"])
print(dumps([float("nan"), float("inf"), -float("inf"), True, False, None]))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(dumps("") , dumps([]), dumps({}), dumps(0), dumps(-12.5))
