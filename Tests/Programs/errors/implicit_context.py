# An exception raised while handling another one (implicit context)
def cleanup(resource):
    return resource.close()

def process(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        cleanup(None)

print(process([1, 2, 3]))
process([])
