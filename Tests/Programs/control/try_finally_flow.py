# try / except / else / finally execution order and control-flow interactions
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('bad')
        if action == 'return':
            return log + ['returned from try']
    except ValueError as e:
        log.append(f'except {e}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(run('normal'))
print(run('raise'))
print(run('return'))
def finally_overrides(exc):
    try:
        if exc:
            raise KeyError('lost')
        return 'try value'
    finally:
        return 'finally value'
print(finally_overrides(False), finally_overrides(True))
def finally_sees_return():
    x = 'initial'
    try:
        x = 'from try'
        return x
    finally:
        x = 'modified in finally'
        print('  finally ran, x =', x)
print(finally_sees_return())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)
    finally:
        print('loop finally', i)
def nested():
    try:
        try:
            raise TypeError('inner')
        finally:
            print('  inner finally')
    except TypeError as e:
        print('  outer caught', e)
        return 'handled'
    finally:
        print('  outer finally')
print(nested())
def reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print('  logging and re-raising')
            raise
    except ArithmeticError as e:
        return f'caught {type(e).__name__}: {e}'
print(reraise())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError
        break
    except RuntimeError:
        print('retry', count)
    finally:
        print('attempt finished', count)
print('attempts', count)
