# Helper with a __main__ guard
def double(x):
    return x * 2

print("mod_guarded: imported as", __name__)

if __name__ == "__main__":
    print("mod_guarded: running as a script (never happens in the tests)")
