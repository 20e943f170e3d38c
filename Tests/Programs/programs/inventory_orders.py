class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available}")
        self.sku = sku


class Product:
    __slots__ = ("sku", "name", "price", "stock")

    def __init__(self, sku, name, price, stock):
        self.sku, self.name, self.price, self.stock = sku, name, price, stock

    def __repr__(self):
        return f"<{self.sku} {self.name} ${self.price:.2f} x{self.stock}>"


class Order:
    next_id = 100

    def __init__(self, customer):
        self.id = Order.next_id
        Order.next_id += 1
        self.customer = customer
        self.lines = {}

    def add(self, product, qty=1):
        self.lines[product.sku] = self.lines.get(product.sku, 0) + qty
        return self

    def total(self, catalog):
        return sum(catalog[sku].price * qty for sku, qty in self.lines.items())

    def __iter__(self):
        return iter(sorted(self.lines.items()))


class Store:
    def __init__(self, products):
        self.catalog = {p.sku: p for p in products}
        self.history = []

    def fulfil(self, order):
        missing = [(sku, qty, self.catalog[sku].stock) for sku, qty in order if self.catalog[sku].stock < qty]
        if missing:
            raise OutOfStock(*missing[0])
        for sku, qty in order:
            self.catalog[sku].stock -= qty
        self.history.append(order)
        return round(order.total(self.catalog), 2)

    def low_stock(self, threshold=3):
        return sorted((p for p in self.catalog.values() if p.stock <= threshold), key=lambda p: (p.stock, p.sku))

    def revenue_by_customer(self):
        result = {}
        for order in self.history:
            result[order.customer] = result.get(order.customer, 0) + order.total(self.catalog)
        return {k: round(v, 2) for k, v in sorted(result.items(), key=lambda kv: -kv[1])}


store = Store([Product("A1", "pen", 1.5, 10), Product("B2", "book", 12.0, 3), Product("C3", "bag", 30.0, 1),
               Product("D4", "ink", 4.25, 5)])
orders = [
    Order("ann").add(store.catalog["A1"], 3).add(store.catalog["D4"]),
    Order("bob").add(store.catalog["B2"], 2).add(store.catalog["A1"], 2).add(store.catalog["A1"]),
    Order("ann").add(store.catalog["C3"]),
    Order("cat").add(store.catalog["C3"]),
    Order("cat").add(store.catalog["B2"], 2),
]
for order in orders:
    try:
        print(order.id, order.customer, list(order), "->", store.fulfil(order))
    except OutOfStock as e:
        print(order.id, order.customer, "failed:", e, "| sku", e.sku)
print(store.low_stock())
print(store.revenue_by_customer())
print(sum(len(o.lines) for o in store.history), [o.id for o in store.history])
try:
    store.catalog["A1"].colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
