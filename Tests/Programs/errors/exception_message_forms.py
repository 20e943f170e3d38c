# How the final traceback line looks for an exception with several args
class RetryError(Exception):
    pass

try:
    raise ValueError()
except ValueError as e:
    print('empty message repr:', repr(e), 'str:', repr(str(e)))
try:
    raise ValueError('')
except ValueError as e:
    print('empty string:', repr(str(e)))
print('raising now')
raise RetryError('gave up', 3, ['a', 'b'])
