# Exceptions: custom classes, chaining, else/finally, context managers, and exit status 0.


class BankError(Exception):
    """Base class for this example's errors."""


class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return amount


class Transaction:
    """A context manager that restores the balance when the block fails."""

    def __init__(self, account):
        self.account = account

    def __enter__(self):
        self.saved = self.account.balance
        return self.account

    def __exit__(self, kind, value, traceback):
        if kind is not None:
            self.account.balance = self.saved
            print(f"  rolled back after {kind.__name__}: {value}")
        return kind is not None and issubclass(kind, BankError)


account = Account("ada", 100)
for amount in (30, -5, 500, 20):
    try:
        account.withdraw(amount)
    except InsufficientFunds as e:
        print(f"withdraw {amount}: refused ({e}; short by {e.needed - e.available})")
    except ValueError as e:
        print(f"withdraw {amount}: {e}")
    else:
        print(f"withdraw {amount}: ok, balance {account.balance}")
    finally:
        pass

with Transaction(account) as acct:
    acct.withdraw(10)
    acct.withdraw(1000)
print("balance after the failed transaction:", account.balance)


def parse_amount(text):
    try:
        return int(text)
    except ValueError as e:
        raise BankError(f"bad amount {text!r}") from e


try:
    parse_amount("ten")
except BankError as e:
    print(f"{type(e).__name__}: {e}")
    print(f"  caused by {type(e.__cause__).__name__}: {e.__cause__}")

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(f"{e!r} while handling {e.__context__!r}")

errors = []
for text in ["1", "x", "3", None]:
    try:
        errors.append(int(text))
    except (TypeError, ValueError) as e:
        errors.append(type(e).__name__)
print(errors)
raise SystemExit(0)
