# Output is produced, then a loop hits an uncaught KeyError
prices = {'apple': 0.5, 'bread': 2.25, 'milk': 1.1}
basket = ['apple', 'milk', 'bread', 'caviar', 'apple']
total = 0
for item in basket:
    total += prices[item]
    print(f'{item:<8}{prices[item]:>6.2f}  running total {total:.2f}')
print('total', total)
