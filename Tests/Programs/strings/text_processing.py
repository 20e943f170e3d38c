# A realistic text-processing task: word statistics and a formatted report
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
lines = text.splitlines()
print(len(lines), 'lines', len(text), 'chars')
words = []
for line in lines:
    for raw in line.split():
        w = raw.strip('.,;:!?').lower()
        if w:
            words.append(w)
print(len(words), 'words', len(set(words)), 'distinct')
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
for w, c in top:
    print(f'{w:<{width}} {c:>3} {"#" * c}')
longest = max(words, key=len)
print('longest:', longest, len(longest))
print('first letters:', ''.join(w[0] for w in words[:12]))
caps = [raw.strip('.,') for raw in text.split() if raw[0].isupper()]
print('capitalised:', caps)
print('title:', lines[0].title())
print('acronym:', ''.join(w[0].upper() for w in lines[1].split()))
for i, line in enumerate(lines, 1):
    print(f'{i:02d}| {line[:30]!r:<34}| {line.count("was")} x was')
rev = ' '.join(reversed(lines[3].rstrip('.').split(', ')))
print(rev)
censored = text.replace('times', '*****').replace('age', '???')
print(censored.splitlines()[0])
print(censored.splitlines()[1])
print(sum(1 for ch in text if ch in 'aeiouAEIOU'), 'vowels')
print(text.count('\n'), text.find('wisdom'), text.rfind('it was'))
wrapped = []
current = ''
for w in text.split():
    if len(current) + len(w) + 1 > 28:
        wrapped.append(current)
        current = w
    else:
        current = (current + ' ' + w).lstrip()
wrapped.append(current)
for row in wrapped:
    print('|' + row.ljust(28) + '|')
