/// Code point classes and case mappings with the meanings CPython's `str` gives them.
///
/// CPython derives these from its own Unicode database tables; here they come
/// from Swift's scalar properties, adjusted where the two disagree (for
/// example `isspace` also counts the ASCII separators U+001C...U+001F, which
/// the Unicode White_Space property does not).
extension Unicode.Scalar {
    /// `str.isspace` for one code point (also the separators of `split()` and `strip()`).
    var isPythonSpace: Bool {
        let v = value
        if v < 0x80 { return (v >= 0x09 && v <= 0x0D) || (v >= 0x1C && v <= 0x20) }
        return properties.isWhitespace
    }

    /// A line boundary for `splitlines` (besides the `\r\n` pair).
    var isLineBreak: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    var isPythonAlpha: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    var isPythonDecimal: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return properties.numericType == .decimal
    }

    var isPythonDigit: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        let kind = properties.numericType
        return kind == .decimal || kind == .digit
    }

    var isPythonNumeric: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return properties.numericType != nil
    }

    var isPythonAlphanumeric: Bool { isPythonAlpha || isPythonNumeric }

    var isPythonUpper: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    var isPythonLower: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    var isTitlecase: Bool { value >= 0x80 && properties.generalCategory == .titlecaseLetter }

    var isCased: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isCased
    }

    var isCaseIgnorable: Bool {
        if value < 0x80 { return value == 0x27 || value == 0x2E || value == 0x3A || value == 0x5E || value == 0x60 }
        return properties.isCaseIgnorable
    }

    /// `str.isprintable` for one code point: everything but controls, format
    /// characters, surrogates, private use, unassigned and separators other than space.
    var isPythonPrintable: Bool {
        if value < 0x80 { return value >= 0x20 && value < 0x7F }
        switch properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator: return false
        default: return true
        }
    }
}

/// Appending case-mapped code points to a scalar view.
extension String.UnicodeScalarView {
    mutating func appendUppercase(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            append(scalar.value >= 0x61 && scalar.value <= 0x7A ? Unicode.Scalar(UInt8(scalar.value - 32)) : scalar)
        } else {
            append(contentsOf: scalar.properties.uppercaseMapping.unicodeScalars)
        }
    }

    mutating func appendLowercase(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar)
        } else {
            append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    mutating func appendTitlecase(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            appendUppercase(scalar)
        } else {
            append(contentsOf: scalar.properties.titlecaseMapping.unicodeScalars)
        }
    }

    /// Full case folding. Swift exposes no folding table, but for every code
    /// point folding equals lowercase-of-uppercase (ß → SS → ss, ſ → S → s,
    /// ǰ → J̌ → ǰ decomposed), except dotless ı (which only folds in Turkic
    /// locales), capital ẞ (whose lowercase ß folds further), and Cherokee,
    /// which folds to its uppercase letters.
    mutating func appendCasefold(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        switch v {
        case 0..<0x80: appendLowercase(scalar)
        case 0x131, 0x13A0...0x13F5: append(scalar)
        case 0x13F8...0x13FD: append(Unicode.Scalar(v - 8)!)
        case 0xAB70...0xABBF: append(Unicode.Scalar(v - 0xAB70 + 0x13A0)!)
        case 0xDF, 0x1E9E: append(contentsOf: "ss".unicodeScalars)
        default:
            for upper in scalar.properties.uppercaseMapping.unicodeScalars { appendLowercase(upper) }
        }
    }
}
