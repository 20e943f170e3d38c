def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    return balance - amount


print(withdraw(10, 3))
try:
    withdraw(10, -1)
except AssertionError as e:
    print("caught:", e)
withdraw(5, 0)
