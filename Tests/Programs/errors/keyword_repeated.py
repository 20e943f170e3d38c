# A keyword given twice is found by the compiler, after the parser and the symbol table, as in
# CPython: the caret spans the second keyword and its value.
print("never printed")
settings = dict(colour="red", size=3, colour="blue")
