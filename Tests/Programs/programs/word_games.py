def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def anagram_groups(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w.lower())), []).append(w)
    return [g for g in groups.values() if len(g) > 1]


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def run_length(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)


def unrun(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def pig_latin(word):
    vowels = "aeiou"
    if word[0] in vowels:
        return word + "way"
    for i, ch in enumerate(word):
        if ch in vowels:
            return word[i:] + word[:i] + "ay"
    return word + "ay"


for phrase in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "", "ab"]:
    print(repr(phrase), is_palindrome(phrase))
print(anagram_groups(["listen", "silent", "enlist", "google", "elgoog", "cat", "act", "dog"]))
secret = caesar("Hello, World! xyz", 3)
print(secret, caesar(secret, -3), caesar("abc", 29))
encoded = run_length("aaabccddddde")
print(encoded, unrun(encoded), unrun(encoded) == "aaabccddddde", run_length(""))
print(" ".join(pig_latin(w) for w in "the quick brown fox rhythm".split()))
vowel_counts = {w: sum(w.count(v) for v in "aeiou") for w in ["banana", "sky", "queue"]}
print(vowel_counts)
sentence = "the cat and the hat and the bat"
seen = set()
dupes = []
for w in sentence.split():
    if w in seen and w not in dupes:
        dupes.append(w)
    seen.add(w)
print(dupes, len(seen))
print(sorted(sentence.split(), key=lambda w: (-sentence.count(w), w))[:4])
print("".join(c for c in "Hello World" if c.lower() not in "aeiou"))
print(max("the quick brown fox".split(), key=len), "-".join(reversed("a b c".split())))
print("abc".zfill(6), "42".rjust(5, "0"), "x".center(7, "-"), "Title Case Me".istitle(), "mIxEd".swapcase())
print([w.capitalize() for w in ["hello", "WORLD", "123abc"]], "hello world".title())
print("tic-tac-toe".split("-", 1), "a,b,,c".split(","), "  spaced   out  ".split(), "line1\nline2\r\nline3".splitlines())
print("%-10s|%5.1f%%" % ("progress", 42.567), "{:>{w}}".format("right", w=9))
