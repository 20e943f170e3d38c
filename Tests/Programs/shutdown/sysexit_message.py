# sys.exit("message") prints the message to stderr and exits with status 1; finalizers still run afterwards
import sys

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def work():
    temp = Res("local")
    sys.exit("fatal: giving up")

keep = Res("global")
try:
    work()
except ValueError:
    print("not caught here")
