#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Python `str`: an immutable sequence of Unicode code points.
///
/// Swift's `String` indexes by grapheme cluster; Python indexes by code point.
/// ASCII strings (the common case) index through their UTF-8 view in O(1);
/// other strings build a scalar array the first time they are indexed.
public final class StrObject: HeapObject {
    /// The text. Immutable as far as Python can tell: only `appendInPlace` changes it, when no
    /// one else can see the object.
    @exclusivity(unchecked) private(set) var value: String
    /// Code point count and ASCII-ness, measured on first use: many strings (concatenation results,
    /// printed pieces) are never indexed, so creating a str stays O(1) beyond the text itself.
    @exclusivity(unchecked) private var measuredCount: Int
    @exclusivity(unchecked) private var measuredASCII: Bool
    @exclusivity(unchecked) var cachedHash: Int = -1
    @exclusivity(unchecked) var cachedScalars: [Unicode.Scalar]? = nil
    /// Set for strings in the interpreter's intern table (names, identifiers).
    @exclusivity(unchecked) var isInterned = false
    /// Attribute dict of a user-subclass instance (`class S(str)`), owned; unmanaged storage.
    @exclusivity(unchecked) private var instanceAttributesReference: Unmanaged<DictObject>? = nil
    var instanceAttributes: DictObject? {
        get { instanceAttributesReference?.takeUnretainedValue() }
        set { instanceAttributesReference = newValue.map(Unmanaged.passUnretained) }
    }

    override func forEachReference(_ body: (Value) -> Void) {
        if let instanceAttributes { body(instanceAttributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        if let attributes = instanceAttributesReference {
            instanceAttributesReference = nil
            heap.release(attributes)
        }
    }

    init(type: TypeObject, _ value: String) {
        self.value = value
        self.measuredCount = -1
        self.measuredASCII = false
        super.init(type: type)
    }

    /// For callers that already know the code point count, such as pieces of an ASCII string.
    init(type: TypeObject, _ value: String, count: Int, isASCII: Bool) {
        self.value = value
        self.measuredCount = count
        self.measuredASCII = isASCII
        super.init(type: type)
    }

    /// Calls `body` with the text's UTF-8 bytes, in place when the text is stored contiguously
    /// (no copy of the String, so no Swift retain of its storage).
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = value.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = value
        return copy.withUTF8(body)
    }

    /// Number of code points, Python's `len`.
    var count: Int {
        if measuredCount < 0 { measure() }
        return measuredCount
    }

    var isASCII: Bool {
        if measuredCount < 0 { measure() }
        return measuredASCII
    }

    /// `s += t` on a str only its local variable refers to (the dispatch loop checks): the text
    /// grows in place, geometrically, so building a string piece by piece stays linear.
    func appendInPlace(_ other: StrObject) {
        if let m = countIfKnown, let n = other.countIfKnown {
            measuredCount = m &+ n
            measuredASCII = measuredASCII && other.isASCII
        } else {
            measuredCount = -1
        }
        value += other.value
        cachedHash = -1
        cachedScalars = nil
    }

    /// Gives a str from the heap's free list new text; count -1 means not measured yet. A dead
    /// str gets "" here, so the free list holds no text.
    func reuse(_ text: String, count: Int, isASCII: Bool) {
        value = text
        measuredCount = count
        measuredASCII = isASCII
        cachedHash = -1
        cachedScalars = nil
        isInterned = false
    }

    /// The code point count if it has been measured (or was given), without measuring.
    var countIfKnown: Int? { measuredCount < 0 ? nil : measuredCount }

    private func measure() {
        var continuationBytes = 0
        var highBytes = 0
        var total = 0
        let counted: Void? = value.utf8.withContiguousStorageIfAvailable { bytes in
            total = bytes.count
            guard let start = bytes.baseAddress else { return }
            // Eight bytes at a time while they are all ASCII (the common case).
            var i = 0
            let raw = UnsafeRawPointer(start)
            while i &+ 8 <= total {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
                i &+= 8
            }
            while i < total {
                let byte = start[i]
                if byte >= 0x80 {
                    highBytes &+= 1
                    if byte & 0xC0 == 0x80 { continuationBytes &+= 1 }
                }
                i &+= 1
            }
        }
        if counted == nil {
            for byte in value.utf8 {
                total &+= 1
                if byte >= 0x80 {
                    highBytes &+= 1
                    if byte & 0xC0 == 0x80 { continuationBytes &+= 1 }
                }
            }
        }
        measuredCount = total - continuationBytes
        measuredASCII = highBytes == 0
    }

    var scalars: [Unicode.Scalar] {
        if let cachedScalars { return cachedScalars }
        let built = Array(value.unicodeScalars)
        cachedScalars = built
        return built
    }

    /// The code point at a non-negative index below `count`.
    func scalar(at index: Int) -> Unicode.Scalar {
        if isASCII {
            return Unicode.Scalar(value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: index)])
        }
        return scalars[index]
    }

    /// Code points in [start, end) with a step, as a new Swift string.
    func substring(start: Int, end: Int) -> String {
        if start >= end { return "" }
        if isASCII {
            let utf8 = value.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: start)
            let upper = utf8.index(lower, offsetBy: end - start)
            return String(value[lower..<upper])
        }
        return String(scalars: scalars[start..<end])
    }

    @inline(__always)
    var hash: Int {
        if cachedHash != -1 { return cachedHash }
        var h = value.hashValue
        if h == -1 { h = -2 }
        cachedHash = h
        return h
    }

    @inline(__always)
    func equals(_ other: StrObject) -> Bool {
        if self === other { return true }
        if isInterned && other.isInterned { return false }
        if value.utf8.count != other.value.utf8.count { return false }
        if cachedHash != -1 && other.cachedHash != -1 && cachedHash != other.cachedHash { return false }
        if isASCII && other.isASCII { return value == other.value }
        // Swift's == uses canonical equivalence; Python compares code points.
        return value.utf8.elementsEqual(other.value.utf8)
    }

    /// Code-point order, as Python's `<` on str.
    func compare(_ other: StrObject) -> Int {
        if self === other { return 0 }
        return StrObject.utf8Compare(value, other.value)
    }

    /// UTF-8 byte order is code point order, so Python's str order is a byte comparison
    /// (Swift's own `<` applies Unicode canonical ordering instead).
    static func utf8Compare(_ a: String, _ b: String) -> Int {
        let fast: Int?? = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Int in
                let common = Swift.min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let c = memcmp(p, q, common)
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
            }
        }
        if let known = fast ?? nil { return known }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : (a.utf8.elementsEqual(b.utf8) ? 0 : 1)
    }

    static func utf8Less(_ a: String, _ b: String) -> Bool { utf8Compare(a, b) < 0 }
}

/// A Swift string compared and hashed by its exact code points. Swift's own
/// `==` treats canonically equivalent strings as equal ("e\u{301}" == "é"),
/// which Python does not, so tables of Python strings are keyed by this.
struct ExactText: Hashable {
    let value: String

    init(_ value: String) { self.value = value }

    static func == (a: ExactText, b: ExactText) -> Bool {
        a.value.utf8.count == b.value.utf8.count && a.value.utf8.elementsEqual(b.value.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if value.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in value.utf8 { hasher.combine(byte) }
        }
    }
}

extension String {
    /// The concatenation of `count` texts whose UTF-8 lengths add up to `byteCount`, made with one
    /// allocation and byte copies (String's `+=` costs far more per piece).
    init(joining count: Int, byteCount: Int, _ piece: (Int) -> Unmanaged<StrObject>) {
        self = String(unsafeUninitializedCapacity: byteCount) { buffer in
            var offset = 0
            for i in 0..<count {
                piece(i)._withUnsafeGuaranteedRef { $0.withUTF8Bytes { bytes in
                    let room = Swift.min(bytes.count, byteCount - offset)
                    if room > 0, let source = bytes.baseAddress, let target = buffer.baseAddress {
                        (target + offset).update(from: source, count: room)
                    }
                    offset += room
                } }
            }
            return offset
        }
    }

    /// A string of the given code points. String.UnicodeScalarView's sequence initializer and
    /// `append(contentsOf:)` run unspecialized generic code (thousands of instructions for a
    /// short slice); measuring and encoding the UTF-8 here stays specialized and allocates once.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars {
            let v = scalar.value
            byteCount &+= v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        self = String(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(truncatingIfNeeded: v)
                    i &+= 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    buffer[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i &+= 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    buffer[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    buffer[i &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i &+= 3
                } else {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    buffer[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    buffer[i &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    buffer[i &+ 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i &+= 4
                }
            }
            return i
        }
    }
}
