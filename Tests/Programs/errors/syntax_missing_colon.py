# A missing colon after an if statement (3.11 gives a specific message)
value = 10
print('start')
if value > 5
    print('big')
