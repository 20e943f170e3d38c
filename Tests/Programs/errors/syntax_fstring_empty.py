# An f-string with an empty replacement field is a compile-time error
name = 'tern'
print(f'hello {name}')
print(f'value: {}')
