# str comparison and sorting follow code points, also where Unicode canonical order would differ.
words = ["é", "e\u0301", "z", "Z", "😀", "\uffff", "a", "", "ab", "a\x00", "Å", "A\u030a", "ß", "ss", "\u212b"]
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, reverse=True)])
print("é" < "e\u0301", "e\u0301" < "é", "é" == "e\u0301", "\uffff" < "😀", "a" < "a\x00")
print(max(words) == "😀", ascii(min(words)))
pairs = [(a < b, a <= b, a > b, a >= b) for a in words for b in words]
print(sum(p[0] for p in pairs), sum(p[1] for p in pairs), sum(p[2] for p in pairs), sum(p[3] for p in pairs))
mixed = ["b", "a"] * 3 + ["c"]
mixed.sort()
print(mixed)
