# An unexpected indent in the middle of a block
def greet(name):
    message = 'hello ' + name
        return message
print(greet('x'))
