# Tabs and spaces that only line up at a tab size of 8 are a TabError, as in CPython.
if True:
        x = 1
	print(x)
