# Traceback of an implicitly chained exception (error while handling another)
log = []

def cleanup():
    log.append("cleanup started")
    raise RuntimeError("cleanup failed")

def work():
    try:
        log.append("work started")
        raise ValueError("work failed")
    except ValueError:
        cleanup()

print("working")
try:
    work()
except RuntimeError as e:
    print("first run:", e, "| context:", repr(e.__context__))
print(log)
work()
print("never printed")
