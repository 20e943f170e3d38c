print("exit(True) is status 1")
exit(True)
