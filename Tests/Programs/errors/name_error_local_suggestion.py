# NameError inside a function: suggestions consider locals, globals and builtins
threshold = 10

def summarize(values):
    total = 0
    for v in values:
        if v > threshold:
            total += v
    print('total computed')
    return totl / len(values)

summarize([5, 15, 25])
