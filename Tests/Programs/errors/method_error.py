# Uncaught exception raised inside a method of a class
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f'insufficient funds: balance {self.balance}, requested {amount}')
        self.balance -= amount
        return self.balance

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.balance += amount


a = Account('ann', 100)
b = Account('bob', 5)
a.transfer(b, 30)
print(a.balance, b.balance)
b.transfer(a, 50)
print('unreachable')
