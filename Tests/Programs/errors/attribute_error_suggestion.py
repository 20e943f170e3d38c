# AttributeError for a misspelled method name includes a suggestion in 3.11
items = [3, 1, 2]
items.append(4)
print(items)
items.apend(5)
