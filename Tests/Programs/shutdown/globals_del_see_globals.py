# At exit every global's __del__ still sees the other globals (functions, dicts, already finalized objects) intact
class Res:
    def __init__(self, name):
        self.name = name
        self.items = [name] * 2
    def __del__(self):
        print("del", self.name, "config:", CONFIG["mode"], "helper:", helper(self.name),
              "peer:", PEERS[self.name].name, PEERS[self.name].items)

def helper(text):
    return text.upper()

CONFIG = {"mode": "teardown"}
alpha = Res("alpha")
beta = Res("beta")
PEERS = {"alpha": beta, "beta": alpha}
print("main code finished")
