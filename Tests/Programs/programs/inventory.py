inventory = {}

def add_item(name, qty, price, category="misc"):
    item = inventory.setdefault(name, {"qty": 0, "price": price, "category": category})
    item["qty"] += qty
    item["price"] = price

add_item("apple", 10, 0.5, "fruit")
add_item("banana", 24, 0.25, "fruit")
add_item("hammer", 2, 12.99, "tools")
add_item("nails", 500, 0.01, "tools")
add_item("apple", 5, 0.55, "fruit")
add_item("widget", 0, 3.0)
add_item("screwdriver", 3, 7.5, "tools")

print(list(inventory))
for name, item in sorted(inventory.items(), key=lambda kv: kv[1]["qty"] * kv[1]["price"], reverse=True):
    value = item["qty"] * item["price"]
    print(f"{name:<12}{item['qty']:>5} x {item['price']:>6.2f} = {value:>8.2f}  [{item['category']}]")

by_cat = {}
for name, item in inventory.items():
    by_cat.setdefault(item["category"], []).append(name)
for cat in sorted(by_cat):
    print(cat, "->", ", ".join(sorted(by_cat[cat])))

totals = {cat: round(sum(inventory[n]["qty"] * inventory[n]["price"] for n in names), 2)
          for cat, names in by_cat.items()}
print(totals)
print(max(totals, key=totals.get), min(totals.items(), key=lambda kv: kv[1]))

out_of_stock = [n for n, i in inventory.items() if not i["qty"]]
print("out of stock:", out_of_stock)
removed = inventory.pop("widget")
print(removed, "widget" in inventory, inventory.pop("widget", None))
try:
    inventory.pop("widget")
except KeyError as e:
    print("KeyError", e)

# stable sort by category, then by name within equal categories preserved
items = sorted(inventory.items(), key=lambda kv: kv[0])
items.sort(key=lambda kv: kv[1]["category"])
print([k for k, _ in items])

class Item:
    __slots__ = ("name", "qty", "price")

    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price

    def __repr__(self):
        return f"Item(name={self.name!r}, qty={self.qty!r}, price={self.price!r})"

    def _asdict(self):
        return {k: getattr(self, k) for k in self.__slots__}

rows = [Item(n, i["qty"], i["price"]) for n, i in inventory.items()]
rows.sort(key=lambda r: (r.price, r.name))
for r in rows:
    print(r)
print(rows[0]._asdict() if hasattr(rows[0], "_asdict") else None)
cheap = [r.name for r in rows if r.price < 1]
print(cheap, len(cheap))
restock = dict.fromkeys(["hammer", "nails"], 10)
for k, v in restock.items():
    inventory[k]["qty"] += v
print({k: inventory[k]["qty"] for k in restock})
snapshot = {k: dict(v) for k, v in inventory.items()}
snapshot["apple"]["qty"] = -1
print(inventory["apple"]["qty"], snapshot["apple"]["qty"])
merged = {**restock, "apple": 1, **{"pear": 2}}
print(merged)
inventory.update(pear={"qty": 1, "price": 2.0, "category": "fruit"})
print(sorted(inventory, key=len))
print(sum(i["qty"] for i in inventory.values()))
print(list(reversed(inventory.keys())))
del inventory["nails"]
print(len(inventory), inventory.get("nails", "gone"))
inventory.clear()
print(inventory, bool(inventory))
