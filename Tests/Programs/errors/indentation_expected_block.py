# A compound statement whose body is missing
items = [1, 2, 3]
for item in items:
print(item)
