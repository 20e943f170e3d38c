def load(name):
    try:
        return int(name)
    except ValueError as e:
        e.add_note(f"while loading {name!r}")
        e.add_note("hint: use digits only")
        raise


print(load("12"))
load("twelve")
