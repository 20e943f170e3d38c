# At exit the standard streams go back to the originals before module globals are torn down:
# a __del__ printing then writes to the real stdout, not to a replacement the program installed
import sys

class Shout:
    def __init__(self, real):
        self.real = real
    def write(self, text):
        return self.real.write(text.upper())
    def flush(self):
        self.real.flush()

class Goodbye:
    def __del__(self):
        print("goodbye from __del__")

keep = Goodbye()
sys.stdout = Shout(sys.__stdout__)
print("while running")
