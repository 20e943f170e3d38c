for fmt in ("%x", "%X", "%o", "%#x", "%#o", "%+x", "% x", "%5x", "%-6X|", "%08o", "%.3x", "%d", "%+d", "%05d", "% d", "%.4d", "%-5d|", "%i", "%u"):
    print(fmt, repr(fmt % -255), repr(fmt % 0), repr(fmt % 4096), repr(fmt % (-2**63)), repr(fmt % True))
