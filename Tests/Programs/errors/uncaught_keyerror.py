def lookup(table, *keys):
    return [table[k] for k in keys]


print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "a", ("x", 2)))
