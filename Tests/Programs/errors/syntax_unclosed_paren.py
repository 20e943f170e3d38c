# An opening bracket that is never closed
numbers = [1, 2, 3]
result = sum(numbers
print(result)
x = 1
