class Date:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

    def __init__(self, year, month, day):
        if not Date.is_valid(year, month, day):
            raise ValueError(f"invalid date {year}-{month}-{day}")
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @classmethod
    def today_like(cls):
        return cls(2024, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def days_in(year, month):
        if month == 2:
            return 29 if Date.is_leap(year) else 28
        return 30 if month in (4, 6, 9, 11) else 31

    @classmethod
    def is_valid(cls, year, month, day):
        return 1 <= month <= 12 and 1 <= day <= cls.days_in(year, month)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self):
        return f"{self.day:02d} {self.months[self.month - 1]} {self.year}"

    def next_day(self):
        y, m, d = self.year, self.month, self.day + 1
        if d > self.days_in(y, m):
            d, m = 1, m + 1
            if m > 12:
                m, y = 1, y + 1
        return type(self)(y, m, d)

    def __eq__(self, other):
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    def __lt__(self, other):
        return (self.year, self.month, self.day) < (other.year, other.month, other.day)

    __hash__ = None


class FancyDate(Date):
    def __str__(self):
        return "*" + super().__str__() + "*"


d = Date.from_string("2024-02-28")
print(repr(d), str(d), d.next_day(), d.next_day().next_day())
print(Date(2023, 12, 31).next_day(), Date(2023, 2, 28).next_day())
f = FancyDate.from_string("2000-02-29")
print(repr(f), f, type(f.next_day()).__name__, f.next_day())
print(Date.is_leap(1900), Date.is_leap(2000), d.is_leap(2024), Date.days_in(2023, 2), FancyDate.today_like())
print(sorted([Date(2024, 5, 1), Date(2023, 1, 9), Date(2024, 1, 30)]))
for bad in ["2023-02-29", "2024-13-01", "2024-04-31"]:
    try:
        Date.from_string(bad)
    except ValueError as e:
        print("ValueError:", e)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.from_string.__self__ is Date, FancyDate.from_string.__self__ is FancyDate, Date.is_leap.__name__)
sm = staticmethod(lambda x: x * 2)
cm = classmethod(lambda cls: cls.__name__)


class Holder:
    double = sm
    name = cm


print(Holder.double(4), Holder().double(5), Holder.name(), Holder().name())
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)
