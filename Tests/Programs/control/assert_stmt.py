# assert statements with and without messages
def check(v):
    assert v > 0
    return 'ok'
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args, str(e) == '')
def check_msg(v):
    assert v > 0, f'value must be positive, got {v}'
    return v
try:
    check_msg(-5)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False, ('tuple', 'message')
except AssertionError as e:
    print(e, e.args)
try:
    assert [], 42
except AssertionError as e:
    print(e, e.args, type(e.args[0]).__name__)
try:
    assert None, None
except AssertionError as e:
    print(repr(e), e.args)
assert True, 'not raised'
assert 1 == 1
assert [1], 'non-empty list is truthy'
evaluated = []
def msg():
    evaluated.append('msg')
    return 'message'
assert True, msg()
print('message evaluated?', evaluated)
try:
    assert 0, msg()
except AssertionError as e:
    print('message evaluated?', evaluated, e)
class Custom:
    def __repr__(self):
        return 'Custom()'
    def __str__(self):
        return 'custom str'
try:
    assert 0 > 1, Custom()
except AssertionError as e:
    print(e, repr(e), e.args)
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
def validate(user):
    try:
        assert isinstance(user, dict), 'user must be a dict'
        assert 'name' in user, 'missing name'
        assert len(user['name']) >= 2, 'name too short'
        return 'valid'
    except AssertionError as err:
        return f'invalid: {err}'
for u in [{'name': 'Al'}, {'name': 'A'}, {}, ['name']]:
    print(validate(u))
try:
    raise AssertionError('raised directly')
except AssertionError as e:
    print(e)
print(__debug__)
