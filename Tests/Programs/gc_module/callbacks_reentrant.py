# gc.callbacks is walked by index while it runs: appended hooks run at once, a hook removing itself shifts the next
# one past the walk; gc.collect() inside a hook returns 0
import gc

log = []
def inner_collect(phase, info):
    if phase == "start":
        log.append("inner collect returns %d" % gc.collect())

gc.callbacks.append(inner_collect)
gc.collect()
gc.callbacks.clear()
print(log)
log.clear()

def late(phase, info):
    log.append("late " + phase)
def adder(phase, info):
    log.append("adder " + phase)
    if late not in gc.callbacks:
        gc.callbacks.append(late)
gc.callbacks.append(adder)
gc.collect()
print(log)
gc.callbacks.clear()
log.clear()

def once(phase, info):
    log.append("once " + phase)
    gc.callbacks.remove(once)
def second(phase, info):
    log.append("second " + phase)
gc.callbacks.extend([once, second])
gc.collect()
print(log)
gc.callbacks.clear()
