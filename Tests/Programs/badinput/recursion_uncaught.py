def f():
    f()
print("before")
f()
