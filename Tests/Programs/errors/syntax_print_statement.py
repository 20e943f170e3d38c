# Python 2 style print statement
name = 'world'
print 'hello', name
