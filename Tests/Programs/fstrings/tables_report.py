# Building an aligned report with f-strings
inventory = [
    ('Widget', 'tools', 4, 3.5),
    ('Gadget Pro Max', 'electronics', 12, 199.99),
    ('Thingamajig', 'misc', 0, 0.75),
    ('Doohickey', 'tools', 250, 12.0),
]
headers = ('Item', 'Category', 'Qty', 'Price', 'Value')
widths = (16, 12, 5, 9, 12)
line = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
print(line)
print('| ' + ' | '.join(f'{h:^{w}}' for h, w in zip(headers, widths)) + ' |')
print(line.replace('-', '='))
total = 0.0
for name, cat, qty, price in inventory:
    value = qty * price
    total += value
    shown = name if len(name) <= widths[0] else name[:widths[0] - 1] + '~'
    print(f'| {shown:<16} | {cat:<12} | {qty:>5d} | {price:>9.2f} | {value:>12,.2f} |')
print(line)
print(f'| {"TOTAL":<16} | {"":<12} | {sum(r[2] for r in inventory):>5} | {"":>9} | {total:>12,.2f} |')
print(line)
print()
by_cat = {}
for name, cat, qty, price in inventory:
    by_cat.setdefault(cat, []).append(name)
for cat in sorted(by_cat):
    members = ', '.join(by_cat[cat])
    print(f'{cat.title():.<15}{len(by_cat[cat]):.>3} -> {members}')
print()
for i, (name, _, qty, price) in enumerate(inventory, start=1):
    bar = '#' * min(qty // 10, 20)
    pct = qty / sum(r[2] for r in inventory)
    print(f'{i:>2}. {name[:10]:10} {pct:6.1%} {bar or "-"}')
print(f'{"average price":>20}: {sum(r[3] for r in inventory) / len(inventory):8.3f}')
print(f'{"max qty":>20}: {max(inventory, key=lambda r: r[2])[0]!r}')
