# Traceback marker lines: calls, binary operations, subscripts and attributes through several frames
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.entries = {"opening": 10}

    def balance(self, key):
        return self.entries[key] / self.divisor()

    def divisor(self):
        return len(self.owner) - len("alice")


def report(account):
    figures = [account.balance("opening")]
    return figures


accounts = [Account("alice")]
result = report(accounts[0])
