# NameError for a misspelling too far from any name: no "Did you mean" hint is added
def average(values):
    return sum(values) / lenght(values)

print(average.__name__)
print(average([1, 2, 3]))
