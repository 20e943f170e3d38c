# pow(a, b, m) errors: float operands refuse the modulus; other non-integers have no power at all
class X: pass
for args in [(2.0, 2, 3), (2, 2.0, 3), (2, "a", 3), (X(), 2, 3), (2, 2, 3.5), (1.5, "a", 2), (True, 2, 3)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError:", e)
