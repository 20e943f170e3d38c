/// Substring search on UTF-8, for Tern's own code.
///
/// BigInt links Foundation, whose `StringProtocol.contains(_:)` would otherwise be
/// picked for `text.contains("__")`: locale-aware, slow, and not code-point exact.
/// This more specific overload wins overload resolution within the module.
extension StringProtocol {
    func contains(_ other: String) -> Bool {
        let needle = Array(other.utf8)
        if needle.isEmpty { return true }
        let haystack = Array(utf8)
        if needle.count > haystack.count { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
