/// Why source bytes could not become text, in CPython's words.
enum SourceDecodingFailure: Error {
    /// A SyntaxError with only a message (no location), as CPython's tokenizer raises for
    /// undeclared non-UTF-8 bytes and unusable encoding declarations.
    case message(String)
    /// A SyntaxError at a place in the source: the "(unicode error)" of a declared UTF-8 file.
    case located(SyntaxErrorInfo)
}

/// Turns the bytes of a source file into text as CPython's tokenizer does: a UTF-8 byte order
/// mark is dropped, a PEP 263 coding declaration on line 1 or 2 is honoured for UTF-8, Latin-1
/// and ASCII, and undeclared bytes that are not UTF-8 are a SyntaxError naming the file and line.
enum SourceDecoder {
    static func decode(_ bytes: [UInt8], filename: String) -> Result<String, SourceDecodingFailure> {
        var start = 0
        let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        if hasMark { start = 3 }
        let declared = codingDeclaration(bytes, from: start)
        guard let declared else { return decodeUTF8(bytes, from: start, filename: filename, declared: false) }
        let name = normalEncodingName(declared)
        switch name {
        case "utf-8", "utf8", "u8", "utf", "cp65001":
            return decodeUTF8(bytes, from: start, filename: filename, declared: true)
        case "iso-8859-1", "latin1", "l1", "iso8859-1", "8859", "cp819", "latin", "iso-ir-100", "csisolatin1":
            if hasMark { return .failure(.message("encoding problem: \(declared) with BOM")) }
            var text = String.UnicodeScalarView()
            for byte in bytes[start...] { text.append(Unicode.Scalar(byte)) }
            return .success(String(text))
        case "ascii", "us-ascii", "646", "us":
            if hasMark { return .failure(.message("encoding problem: \(declared) with BOM")) }
            if bytes[start...].contains(where: { $0 >= 0x80 }) { return .failure(.message("encoding problem: \(declared)")) }
            return .success(String(decoding: bytes[start...], as: UTF8.self))
        default:
            return .failure(.message("encoding problem: \(declared)"))
        }
    }

    /// CPython's get_normal_name: the declared name lowercased with `_` as `-`, UTF-8 and
    /// Latin-1 spellings reduced to one name each.
    static func normalEncodingName(_ name: String) -> String {
        let lowered = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        if lowered == "utf-8" || lowered.hasPrefix("utf-8-") { return "utf-8" }
        for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] where lowered == latin || lowered.hasPrefix(latin + "-") {
            return "iso-8859-1"
        }
        return lowered
    }

    /// The encoding named by a `coding[:=] name` comment on the first line, or on the second
    /// when the first is blank or a comment.
    static func codingDeclaration(_ bytes: [UInt8], from start: Int) -> String? {
        var lineStart = start
        for lineNumber in 1...2 {
            guard lineStart < bytes.count else { return nil }
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 10 && bytes[lineEnd] != 13 { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            var i = line.startIndex
            while i < line.endIndex && (line[i] == 32 || line[i] == 9 || line[i] == 12) { i += 1 }
            if i < line.endIndex && line[i] == UInt8(ascii: "#") {
                if let name = codingName(in: line[i...]) { return name }
            } else if i < line.endIndex || lineNumber == 2 {
                return nil  // a line of code: no declaration on it or after it
            }
            lineStart = lineEnd
            if lineStart < bytes.count && bytes[lineStart] == 13 { lineStart += 1 }
            if lineStart < bytes.count && bytes[lineStart] == 10 { lineStart += 1 }
        }
        return nil
    }

    /// The name after the first `coding:` or `coding=` in a comment.
    private static func codingName(in comment: ArraySlice<UInt8>) -> String? {
        let keyword = Array("coding".utf8)
        var i = comment.startIndex
        while i + keyword.count < comment.endIndex {
            if Array(comment[i..<i + keyword.count]) == keyword,
               comment[i + keyword.count] == UInt8(ascii: ":") || comment[i + keyword.count] == UInt8(ascii: "=") {
                var j = i + keyword.count + 1
                while j < comment.endIndex && (comment[j] == 32 || comment[j] == 9) { j += 1 }
                var k = j
                while k < comment.endIndex {
                    let c = comment[k]
                    let isNameCharacter = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                        || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
                    if !isNameCharacter { break }
                    k += 1
                }
                if k > j { return String(decoding: comment[j..<k], as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }

    /// Decodes UTF-8, or describes the first bad byte the way CPython does for a file with
    /// (`declared`) or without an encoding declaration.
    private static func decodeUTF8(_ bytes: [UInt8], from start: Int, filename: String, declared: Bool)
        -> Result<String, SourceDecodingFailure> {
        var i = start
        var line = 1
        var lineStart = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == 10 {
                    line += 1
                    lineStart = i + 1
                }
                i += 1
                continue
            }
            let (length, reason) = sequence(bytes, at: i)
            if let reason {
                if !declared && looseLength(bytes, at: i) == 0 {
                    let hex = String(byte, radix: 16)
                    return .failure(.message("Non-UTF-8 code starting with '\\x\(hex.count < 2 ? "0" + hex : hex)' in file \(filename) "
                                             + "on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details"))
                }
                // A declared file is decoded token by token: bytes in comments pass, and the
                // position counts from the start of the string's contents or of the name.
                guard let token = enclosingToken(bytes, lineStart: lineStart, at: i) else {
                    i += 1
                    continue
                }
                var tokenReason = reason
                if sequence(Array(bytes[i..<token.end]), at: 0).1 == "unexpected end of data" { tokenReason = "unexpected end of data" }
                let position = i - token.start
                let column = i - lineStart + 1
                let hex = String(byte, radix: 16)
                let message = "(unicode error) 'utf-8' codec can't decode byte 0x\(hex.count < 2 ? "0" + hex : hex) in position \(position): \(tokenReason)"
                return .failure(.located(SyntaxErrorInfo(message: message, line: line, column: column, endColumn: column + 1)))
            }
            i += length
        }
        return .success(String(decoding: bytes[start...], as: UTF8.self))
    }

    /// Where the string contents or name holding byte `i` start and end; nil inside a comment.
    private static func enclosingToken(_ bytes: [UInt8], lineStart: Int, at i: Int) -> (start: Int, end: Int)? {
        var quote: UInt8? = nil
        var contentStart = lineStart
        var k = lineStart
        while k < i {
            let c = bytes[k]
            if let open = quote {
                if c == UInt8(ascii: "\\") { k += 1 } else if c == open { quote = nil }
            } else if c == UInt8(ascii: "#") {
                return nil
            } else if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                quote = c
                contentStart = k + 1
            }
            k += 1
        }
        func isNameByte(_ c: UInt8) -> Bool {
            c >= 0x80 || c == UInt8(ascii: "_") || (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
        }
        if let open = quote {
            var end = i
            while end < bytes.count && bytes[end] != open && bytes[end] != 10 { end += 1 }
            return (contentStart, end)
        }
        var start = i
        while start > lineStart && isNameByte(bytes[start - 1]) { start -= 1 }
        var end = i
        while end < bytes.count && isNameByte(bytes[end]) { end += 1 }
        return (start, end)
    }

    /// CPython's tokenizer check (valid_utf8): the length of a plausible sequence at `i`, 0 if none.
    /// It accepts overlong forms and surrogates, which the strict decoder then rejects.
    private static func looseLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        let expected: Int
        if lead < 0x80 { return 1 } else if lead < 0xC0 { return 0 } else if lead < 0xE0 { expected = 1 }
        else if lead < 0xF0 { expected = 2 } else if lead < 0xF8 { expected = 3 } else { return 0 }
        for k in 1...expected {
            guard i + k < bytes.count, bytes[i + k] >= 0x80, bytes[i + k] < 0xC0 else { return 0 }
        }
        return expected + 1
    }

    /// The strict UTF-8 decoder's view of the sequence at `i`: its length, or the reason it is invalid.
    private static func sequence(_ bytes: [UInt8], at i: Int) -> (Int, String?) {
        let lead = bytes[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return (1, "invalid start byte")
        }
        for k in 1..<length {
            guard i + k < bytes.count else { return (1, "unexpected end of data") }
            let c = bytes[i + k]
            let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            if c < lo || c > hi { return (1, "invalid continuation byte") }
        }
        return (length, nil)
    }
}
