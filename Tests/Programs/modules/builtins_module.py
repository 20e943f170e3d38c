import builtins
print(type(builtins).__name__, builtins.__name__)
print(builtins.abs(-3), hasattr(builtins, 'print'))
