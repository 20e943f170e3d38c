# A failing call whose arguments span several lines
def scale(values, factor):
    return [v * factor for v in values]

totals = sum(
    scale([1, 2, 3],
          "x" - 1),
)
