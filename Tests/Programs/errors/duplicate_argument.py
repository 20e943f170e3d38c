# A parameter named twice is found after parsing, by the symbol table, as in CPython: it is
# reported with its line and caret, and nothing runs.
print("never printed")


def area(width, height, width=2):
    return width * height
