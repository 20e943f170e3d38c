class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class Account:
    interest_rate = 0.0
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        gained = round(self.balance * self.interest_rate, 2)
        self.balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self.balance:.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner}: ${self.balance:,.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)

    def __lt__(self, other):
        return self.balance < other.balance


class SavingsAccount(Account):
    interest_rate = 0.03

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("savings withdrawal limit reached")
        return super().withdraw(amount)


class CheckingAccount(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        else:
            dst.deposit(amount)
            return True
        finally:
            print(f"transfer {src.id}->{dst.id} attempted ({amount})")

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)))


bank = Bank("First Tern")
alice = bank.open(SavingsAccount, "Alice", 1000)
bob = bank.open(CheckingAccount, "Bob", 50, overdraft=200)
carol = bank.open(Account, "Carol")
carol.deposit(10).deposit(20.5)
print(len(bank), "accounts")
for a in bank:
    print(a)
print(repr(alice), repr(bob), repr(carol), sep="\n")

print(bank.transfer(alice, bob, 300))
print(bank.transfer(bob, carol, 600))
print(bank.transfer(bob, carol, 500))
print(bob.balance)
try:
    bob.balance = -5
except ValueError as e:
    print("ValueError:", e)
try:
    carol.deposit(-3)
except ValueError as e:
    print("ValueError:", e)

alice.withdraw(1)
try:
    alice.withdraw(1)
    alice.withdraw(1)
except RuntimeError as e:
    print(type(e).__name__, e)
print(alice.apply_interest(), alice.balance)
print(f"total = {bank.total():.2f}")
print(sorted(bank.accounts.values()))
print(max(bank.accounts.values()).owner, min(bank.accounts.values()).owner)
print(alice == alice, alice == bob, alice != "x", alice == 3)
print(len({alice, bob, carol, alice}))
print([h for a in bank for h in a.history if h[1] > 100])
print(isinstance(bob, Account), issubclass(SavingsAccount, CheckingAccount))
print(SavingsAccount.__mro__[1].__name__, SavingsAccount.interest_rate, Account.interest_rate)
try:
    carol.withdraw(1000)
except InsufficientFunds as e:
    print(e.args, e.amount, e.account.owner)
