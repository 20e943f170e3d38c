# This file contains a syntax error, so nothing runs at all
print('this line is never executed')
total = 0
for i in range(3):
    total = = i
print(total)
