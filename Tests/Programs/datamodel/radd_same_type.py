# Reflected operators: subclass priority and same-type operands
# Subclass reflected method wins over base forward method
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"
print(Base() + Sub(), Sub() + Base(), Base() + Base())

# __radd__ not called for same-type operands
class OnlyR:
    def __radd__(self, o):
        return "radd"
try:
    OnlyR() + OnlyR()
except TypeError as e:
    print(type(e).__name__, e)
print(1 + OnlyR())
