# __del__ at exit may still write to sys.stdout and sys.stderr
import sys

class Logger:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        sys.stdout.write("stdout: closing " + self.name + "\n")
        print("stderr: closing", self.name, file=sys.stderr)

log = Logger("main log")
print("main code finished")
print("warning during run", file=sys.stderr)
