# Helper module holding shared mutable state
print("mod_state: initializing")
items = []
config = {"debug": False}
load_count = 0

def add(item):
    items.append(item)
    return len(items)

def get_global_name():
    return module_level_name

module_level_name = "defined in mod_state"
