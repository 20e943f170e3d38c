# NameError for a misspelled variable: CPython 3.11 adds "Did you mean" to the traceback
counter = 0
for step in range(3):
    counter += step
print('counter is', counter)
print('doubled is', coutner * 2)
