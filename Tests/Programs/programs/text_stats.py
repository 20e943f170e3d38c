text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick-thinking dog? No: a lazy one.

Numbers like 42 and 3.14 are not words, but don't ignore contractions."""

lines = text.splitlines()
print("lines:", len(lines), "non-empty:", sum(1 for l in lines if l.strip()))
print("chars:", len(text), "letters:", sum(c.isalpha() for c in text))

def words_of(s):
    word = []
    for ch in s.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)

words = list(words_of(text))
print("words:", len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print(f"{w:>8} {'#' * n} {n}")
print("unique:", len(freq), "hapax:", sorted(w for w, n in freq.items() if n == 1)[:5])
longest = max(words, key=len)
print("longest:", longest, len(longest))
print("average length: %.3f" % (sum(map(len, words)) / len(words)))
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(by_len.items()) if k > 5})
sentences = [s.strip() for s in text.replace("?", ".").replace("!", ".").split(".") if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"), text.index("dog"))
caps = [w for w in text.split() if w[:1].isupper()]
print(caps)
print(text.title()[:30])
print(text.split("\n")[1].upper().center(40, "*"))
letters = {}
for c in text.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
print([c for c in "aeiou" if c not in letters])
numbers = [float(tok) if "." in tok else int(tok) for tok in text.replace(",", " ").split() if tok.replace(".", "", 1).isdigit()]
print(numbers, sum(numbers))
table = str.maketrans("aeiou", "AEIOU", ".,;!?")
print(lines[0].translate(table))
print(" ".join(reversed(lines[1].split())))
print(lines[2].swapcase(), lines[2].casefold())
wrapped = []
line = ""
for w in text.split():
    if len(line) + len(w) + 1 > 28:
        wrapped.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
wrapped.append(line)
for l in wrapped:
    print(f"|{l:<28}|")
print(repr(text[:20]), ascii("naïve café"), repr("tab\there"))
