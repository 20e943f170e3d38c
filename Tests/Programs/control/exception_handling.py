# Raising and catching: classes vs instances, hierarchy, args, context attributes
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f'table {table} failed with {code}')
        self.table = table
        self.code = code
for exc in [DbError('users', 7), AppError('generic'), ValueError('v'), DbError]:
    try:
        raise exc
    except DbError as e:
        print('DbError', e, e.table if hasattr(e, 'table') else '', e.args)
    except AppError as e:
        print('AppError', e)
    except Exception as e:
        print('Exception', type(e).__name__, e)
    except BaseException:
        print('unreachable')
for raised in [AppError, AppError('a', 2, None)]:
    try:
        raise raised
    except AppError as e:
        print(e, repr(e), e.args, str(e) == '')
e2 = ValueError('kept'); print(str(e2), repr(e2), e2.args, e2.__cause__, e2.__context__)
try:
    try:
        {}['missing']
    except KeyError:
        raise ValueError('while handling')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        int('x')
    except ValueError as inner:
        raise RuntimeError('wrapped') from inner
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError('clean') from None
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
class NotExc:
    pass
def bad_raise(kind):
    if kind == 'int':
        raise 42
    if kind == 'cause':
        raise ValueError from 5
    raise NotExc()
for kind in ['int', 'cause', 'obj']:
    try:
        bad_raise(kind)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    try:
        raise IndexError('original')
    except IndexError as e:
        e.args = ('modified',)
        raise
except IndexError as e:
    print(e)
err = KeyError('x')
print(type(err).__name__, err, isinstance(err, LookupError), isinstance(err, Exception))
print(issubclass(DbError, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print([c.__name__ for c in DbError.__mro__])
caught = []
for f in [lambda: [][0], lambda: {}['k'], lambda: int('z'), lambda: None.x, lambda: 1 + '1']:
    try:
        f()
    except (IndexError, KeyError) as e:
        caught.append(('lookup', type(e).__name__))
    except (ValueError, TypeError, AttributeError) as e:
        caught.append(('other', type(e).__name__))
print(caught)
