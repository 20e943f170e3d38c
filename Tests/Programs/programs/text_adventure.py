ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def command(self, line):
        verb, _, noun = line.strip().lower().partition(" ")
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(noun)

    def do_look(self, _):
        room = ROOMS[self.room]
        items = ", ".join(room["items"]) or "nothing"
        return f"You are in {room['desc']}. Exits: {', '.join(sorted(room['exits']))}. You see: {items}."

    def do_go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" in self.inventory:
                ROOMS[target]["locked"] = False
                self.room = target
                return "You unlock the door and go " + direction + "."
            return "The way is locked."
        self.room = target
        return f"You go {direction}."

    def do_take(self, item):
        items = ROOMS[self.room]["items"]
        if item in items:
            items.remove(item)
            self.inventory.append(item)
            return f"Taken: {item}."
        return f"There is no {item} here."

    def do_inventory(self, _):
        return "You carry: " + (", ".join(sorted(self.inventory)) if self.inventory else "nothing")


game = Game()
script = ["look", "take lamp", "go west", "go north", "look", "take key", "take sword", "go south", "go east",
          "go down", "look", "take treasure", "inventory", "dance wildly", "go up"]
for line in script:
    print(f"> {line}")
    print(game.command(line))
print("moves:", game.moves, "room:", game.room, "score:", 10 * len(game.inventory))
