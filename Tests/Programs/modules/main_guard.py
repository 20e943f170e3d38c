# The __name__ == "__main__" idiom
import mod_guarded

def main():
    print("main() running, __name__ =", __name__)
    print(mod_guarded.double(21))
    return 0

print("module body, before guard")
if __name__ == "__main__":
    status = main()
    print("main returned", status)
else:
    print("imported, not running main")
print("module body, after guard")
print(mod_guarded.__name__ != "__main__", mod_guarded.__name__)

# Importing the helper again does not re-run its body or its guard
import mod_guarded as again
print(again is mod_guarded, again.double("ab"))
print(__name__ == "__main__", type(__name__).__name__)
