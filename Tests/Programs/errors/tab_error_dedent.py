# Tab-indented blocks that are consistent run normally; only the mixed dedent below fails.
if True:
	x = 1
	if x:
		y = 2
print(x + y)
for i in range(2):
    if i:
	print(i)
