# A recursive function failing at the bottom: repeated traceback lines are collapsed
def countdown(n):
    if n == 0:
        return 10 // n
    return countdown(n - 1)

print('starting')
countdown(12)
