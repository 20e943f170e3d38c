# sys.exit() from a nested call: finally blocks run first, then the unwound frame's locals die (the exception kept them), then globals at teardown
import sys

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def inner():
    local = Res("inner local")
    try:
        print("exiting with 3")
        sys.exit(3)
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    finally:
        print("outer finally")

glob = Res("global")
outer()
print("never printed")
