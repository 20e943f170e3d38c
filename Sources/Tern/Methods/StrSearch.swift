#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over a str's UTF-8 bytes.
///
/// A valid UTF-8 needle can only match a valid UTF-8 haystack at code point
/// boundaries, so every search runs on bytes; only the code point indexes that
/// Python sees (start/end arguments, `find` results) need converting, and for
/// ASCII strings byte offsets already are code point indexes.
extension StrObject {
    /// Calls `body` with the string's UTF-8 bytes (contiguous for native Swift strings).
    @inline(__always)
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = value.utf8.withContiguousStorageIfAvailable(body) { return result }
        return ContiguousArray(value.utf8).withUnsafeBufferPointer(body)
    }

    /// The byte offset where code point `index` (0...count) starts.
    func utf8Offset(ofScalar index: Int) -> Int {
        if isASCII || index <= 0 { return index }
        if index >= count { return value.utf8.count }
        return withUTF8 { bytes in
            var seen = 0
            for i in 0..<bytes.count where bytes[i] & 0xC0 != 0x80 {
                if seen == index { return i }
                seen &+= 1
            }
            return bytes.count
        }
    }

    /// The code point index of a byte offset that lies on a code point boundary.
    func scalarIndex(ofUTF8 offset: Int) -> Int {
        if isASCII { return offset }
        return withUTF8 { bytes in
            var n = 0
            for i in 0..<offset where bytes[i] & 0xC0 != 0x80 { n &+= 1 }
            return n
        }
    }

    /// First code point index of `needle` within code points [start, end), as `str.find`.
    /// `start` and `end` are already clamped the way Python adjusts slice bounds.
    func firstIndex(of needle: StrObject, start: Int, end: Int) -> Int? {
        if end - start < needle.count { return nil }
        if needle.count == 0 { return start }
        let lower = utf8Offset(ofScalar: start), upper = utf8Offset(ofScalar: end)
        let found = withUTF8 { hay in needle.withUTF8 { ByteSearch.first($0, in: hay, from: lower, to: upper) } }
        return found.map { scalarIndex(ofUTF8: $0) }
    }

    /// Last code point index of `needle` within code points [start, end), as `str.rfind`.
    func lastIndex(of needle: StrObject, start: Int, end: Int) -> Int? {
        if end - start < needle.count { return nil }
        if needle.count == 0 { return end }
        let lower = utf8Offset(ofScalar: start), upper = utf8Offset(ofScalar: end)
        let found = withUTF8 { hay in needle.withUTF8 { ByteSearch.last($0, in: hay, from: lower, to: upper) } }
        return found.map { scalarIndex(ofUTF8: $0) }
    }

    /// Non-overlapping occurrences of `needle` within code points [start, end), as `str.count`.
    func occurrences(of needle: StrObject, start: Int, end: Int) -> Int {
        if end - start < needle.count { return 0 }
        if needle.count == 0 { return end - start + 1 }
        let lower = utf8Offset(ofScalar: start), upper = utf8Offset(ofScalar: end)
        return withUTF8 { hay in
            needle.withUTF8 { pattern in
                var n = 0
                var from = lower
                while let at = ByteSearch.first(pattern, in: hay, from: from, to: upper) {
                    n &+= 1
                    from = at + pattern.count
                }
                return n
            }
        }
    }

    /// Whether code points [start, end) begin (or end) with `affix`.
    func hasAffix(_ affix: StrObject, start: Int, end: Int, atEnd: Bool) -> Bool {
        if start > count { return false }
        if end - start < affix.count { return false }
        if affix.count == 0 { return true }
        let at = utf8Offset(ofScalar: atEnd ? end - affix.count : start)
        return withUTF8 { hay in
            affix.withUTF8 { pattern in
                memcmp(hay.baseAddress! + at, pattern.baseAddress!, pattern.count) == 0
            }
        }
    }
}

/// Byte-level search primitives; offsets are byte offsets into `hay`.
enum ByteSearch {
    static func first(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let length = to - from
        if needle.count == 0 { return length >= 0 ? from : nil }
        if length < needle.count { return nil }
        guard let base = hay.baseAddress, let pattern = needle.baseAddress else { return nil }
        // memchr finds candidates for the first byte; memcmp confirms the rest.
        let first = Int32(needle[0])
        let rest = needle.count - 1
        var at = from
        let lastStart = to - needle.count
        while at <= lastStart {
            guard let hit = memchr(base + at, first, lastStart - at + 1) else { return nil }
            let candidate = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if rest == 0 || memcmp(base + candidate + 1, pattern + 1, rest) == 0 { return candidate }
            at = candidate + 1
        }
        return nil
    }

    static func last(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        if needle.count == 0 { return to >= from ? to : nil }
        if to - from < needle.count { return nil }
        let first = needle[0]
        var i = to - needle.count
        while i >= from {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j &+= 1 }
                if j == needle.count { return i }
            }
            i &-= 1
        }
        return nil
    }
}

/// Building strings out of byte ranges.
extension UnsafeBufferPointer where Element == UInt8 {
    @inline(__always)
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self)
    }
}
