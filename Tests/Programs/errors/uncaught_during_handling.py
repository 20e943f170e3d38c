def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]


fallback = {}
print(parse("12"))
print(parse("twelve"))
