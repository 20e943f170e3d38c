# int() and float() use the first conversion hook a class has, even one inherited from float.
class J(float):
    def __index__(self):
        return 3


print(int(J(2.5)), float(J(2.5)))


class K(float):
    def __index__(self):
        return int(self)


print(int(K(7.9)), float(K(7.9)))


class OnlyIndex:
    def __index__(self):
        return 4


print(int(OnlyIndex()), float(OnlyIndex()))


class I(int):
    def __index__(self):
        return 99

    def __float__(self):
        return 1.5


print(int(I(5)), float(I(5)))
