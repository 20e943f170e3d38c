# Nested subscripts: only the failing one is marked
table = {"rows": [[1, 2], [3, 4]]}
value = table["rows"][1][0] + table["rows"][2][0]
