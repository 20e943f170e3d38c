# A string literal that is not closed on its line
greeting = 'hello
print(greeting)
