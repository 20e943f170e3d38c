s = "héllo wörld €uro 😀"
print(s.replace("", "|"), s.replace("", "-", 3), "ab".replace("", "é"))
print("a\tbé\tc".expandtabs(4), "é\t😀".expandtabs())
print(s.center(30, "·"), s.ljust(25, "é"), s.rjust(24, "😀"), s.zfill(25))
print(format(s, "·^30.5"), format(s, ".3"), format("é", "😀>4"), f"{s:<22}|")
print(s[1:4], s[-3:], s[::2], s[2:-2:3], s.split("ö"), s.split(" ", 1), s.rsplit(" ", 1))
print("x,é,,😀".split(","), "a€b€c".split("€"), "€".join(["a", "b"]))
