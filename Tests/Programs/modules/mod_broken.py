# Helper module that fails during import
print("mod_broken: starting")
value = 1
raise ValueError("mod_broken refuses to load")
