# The traceback module: print_exc, format_exc, format_exception(_only), extract_tb/stack, walk_tb, print_stack
import traceback, sys
class Scrubbed:
    """Writes to stdout with this file's path replaced, so the output doesn't depend on where the test runs."""
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))
out = Scrubbed()
def show_text(value, end="\n"):
    out.write(str(value) + end)
def inner():
    return {}["key"]
def outer():
    return inner()
try:
    outer()
except KeyError:
    traceback.print_exc()
    text = traceback.format_exc()
    show_text(text)
    print(traceback.format_exc().splitlines()[-1])
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    chunks = traceback.format_exception(e)
    print(len(chunks))
    show_text("".join(chunks), end="")
    print(traceback.format_exception_only(e))
    show_text(traceback.format_exception(type(e), e, e.__traceback__, chain=False))
    tb = traceback.extract_tb(e.__traceback__)
    show_text(tb)
    show_text([tuple(f) for f in tb])
    print(tb[0].name, tb[0].lineno, tb[0].line)
    for f, n in traceback.walk_tb(e.__traceback__):
        print(f.f_code.co_name, n)
    traceback.print_exception(e, file=out)
def show():
    traceback.print_stack(file=out)
    print([f.name for f in traceback.extract_stack()])
    show_text(traceback.format_stack()[-1], end="")
def caller():
    show()
caller()
print(traceback.format_exception_only(None))
traceback.print_exc(file=out)
