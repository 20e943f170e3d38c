import XCTest
@testable import Tern

final class LexerTests: XCTestCase {
    func tokens(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do {
            return try Lexer.tokenize(source).map(GrammarTests.describe)
        } catch {
            XCTFail("\(source.debugDescription) does not lex: \(error)", file: file, line: line)
            return []
        }
    }

    /// The single token of `source` (before NEWLINE and EOF).
    func token(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> Token? {
        guard let all = try? Lexer.tokenize(source) else {
            XCTFail("\(source.debugDescription) does not lex", file: file, line: line)
            return nil
        }
        XCTAssertEqual(all.count, 3, "\(source.debugDescription): \(all.map(GrammarTests.describe))", file: file, line: line)
        return all.first
    }

    /// Asserts that lexing fails with CPython's message, line and 1-based column (offset).
    func assertError(_ source: String, _ message: String, line: Int, column: Int? = nil, kind: String = "SyntaxError",
                     file: StaticString = #filePath, sourceLine: UInt = #line) {
        do {
            let tokens = try Lexer.tokenize(source)
            XCTFail("\(source.debugDescription) lexed as \(tokens.map(GrammarTests.describe))", file: file, line: sourceLine)
        } catch {
            XCTAssertEqual(error.message, message, source.debugDescription, file: file, line: sourceLine)
            XCTAssertEqual(error.kind, kind, source.debugDescription, file: file, line: sourceLine)
            XCTAssertEqual(error.line, line, "line of \(source.debugDescription)", file: file, line: sourceLine)
            if let column {
                XCTAssertEqual(error.column, column, "column of \(source.debugDescription)", file: file, line: sourceLine)
            }
        }
    }

    // MARK: Tokens

    func testSimpleStatement() {
        XCTAssertEqual(tokens("x = foo(1, 'a') # done"),
                       ["name:x", "=", "name:foo", "(", "int:1", ",", "str::a", ")", "NEWLINE", "EOF"])
    }

    func testPositions() throws {
        let all = try Lexer.tokenize("a = 1\n  \nbb += 'x'\n")
        let bb = all[4]
        XCTAssertEqual(bb.text, "bb")
        XCTAssertEqual(bb.line, 3)
        XCTAssertEqual(bb.column, 0)
        XCTAssertEqual(bb.endColumn, 2)
        let plusEquals = all[5]
        XCTAssertEqual(plusEquals.text, "+=")
        XCTAssertEqual(plusEquals.column, 3)
        XCTAssertEqual(all[6].column, 6)
        XCTAssertEqual(all[6].endColumn, 9)
    }

    func testKeywordsAndNames() {
        XCTAssertEqual(tokens("if None is not True_ lambda"),
                       ["kw:if", "kw:None", "kw:is", "kw:not", "name:True_", "kw:lambda", "NEWLINE", "EOF"])
        XCTAssertEqual(tokens("match case type _"), ["name:match", "name:case", "name:type", "name:_", "NEWLINE", "EOF"])
        XCTAssertEqual(tokens("naïve 変数"), ["name:naïve", "name:変数", "NEWLINE", "EOF"])
    }

    func testOperatorsAreGreedy() {
        XCTAssertEqual(tokens("a**=b//c>>=d->e...f:=g!=h"),
                       ["name:a", "**=", "name:b", "//", "name:c", ">>=", "name:d", "->", "name:e", "...", "name:f", ":=", "name:g",
                        "!=", "name:h", "NEWLINE", "EOF"])
        XCTAssertEqual(tokens("a.b..c"), ["name:a", ".", "name:b", ".", ".", "name:c", "NEWLINE", "EOF"])
        XCTAssertEqual(tokens("x<<y<=z<w"), ["name:x", "<<", "name:y", "<=", "name:z", "<", "name:w", "NEWLINE", "EOF"])
    }

    // MARK: Lines and indentation

    func testIndentAndDedent() {
        let source = """
        def f():
            if x:
                return 1
            return 2
        y
        """
        XCTAssertEqual(tokens(source), [
            "kw:def", "name:f", "(", ")", ":", "NEWLINE",
            "INDENT", "kw:if", "name:x", ":", "NEWLINE",
            "INDENT", "kw:return", "int:1", "NEWLINE",
            "DEDENT", "kw:return", "int:2", "NEWLINE",
            "DEDENT", "name:y", "NEWLINE", "EOF",
        ])
    }

    func testDedentsAtEndOfFile() {
        XCTAssertEqual(tokens("if a:\n  if b:\n    c\n"),
                       ["kw:if", "name:a", ":", "NEWLINE", "INDENT", "kw:if", "name:b", ":", "NEWLINE", "INDENT", "name:c", "NEWLINE",
                        "DEDENT", "DEDENT", "EOF"])
    }

    func testBlankAndCommentLinesDoNotAffectIndentation() {
        XCTAssertEqual(tokens("if a:\n    b\n\n  # comment\n        \n    c\n"),
                       ["kw:if", "name:a", ":", "NEWLINE", "INDENT", "name:b", "NEWLINE", "name:c", "NEWLINE", "DEDENT", "EOF"])
    }

    func testTabIndentedBlocks() {
        XCTAssertEqual(tokens("if a:\n\tif b:\n\t\tc\n\td\n"),
                       ["kw:if", "name:a", ":", "NEWLINE", "INDENT", "kw:if", "name:b", ":", "NEWLINE", "INDENT", "name:c",
                        "NEWLINE", "DEDENT", "name:d", "NEWLINE", "DEDENT", "EOF"])
    }

    func testTabsAndSpacesThatOnlyAgreeAtTabSizeEightAreATabError() {
        // A tab and eight spaces line up at tab size 8 but not at tab size 1: CPython refuses both orders.
        assertError("if a:\n\tb\n        c\n", "inconsistent use of tabs and spaces in indentation", line: 3, kind: "TabError")
        assertError("if a:\n        b\n\tc\n", "inconsistent use of tabs and spaces in indentation", line: 3, kind: "TabError")
    }

    func testBracketsJoinLines() {
        XCTAssertEqual(tokens("x = [1,\n     2\n]\ny"),
                       ["name:x", "=", "[", "int:1", ",", "int:2", "]", "NEWLINE", "name:y", "NEWLINE", "EOF"])
    }

    func testBackslashJoinsLines() {
        XCTAssertEqual(tokens("x = 1 + \\\n    2\n"), ["name:x", "=", "int:1", "+", "int:2", "NEWLINE", "EOF"])
    }

    func testCarriageReturnLineEndings() {
        XCTAssertEqual(tokens("a\r\nb\rc"), ["name:a", "NEWLINE", "name:b", "NEWLINE", "name:c", "NEWLINE", "EOF"])
    }

    // MARK: Strings

    func testStringPrefixes() {
        XCTAssertEqual(tokens("'a' r'\\n' R'\\n' u'x' U'x' f'{y}' F'{y}' rf'{z}' fR'{z}' Rb'q' bR'q' B'q'"),
                       ["str::a", "str:r:\\n", "str:r:\\n", "str:u:x", "str:u:x", "str:f:{y}", "str:f:{y}", "str:rf:{z}", "str:fr:{z}",
                        "str:rb:q", "str:br:q", "str:b:q", "NEWLINE", "EOF"])
        // Not prefixes: these are names followed by a string.
        XCTAssertEqual(tokens("ur'x'"), ["name:ur", "str::x", "NEWLINE", "EOF"])
        XCTAssertEqual(tokens("bu'x'"), ["name:bu", "str::x", "NEWLINE", "EOF"])
    }

    func testEscapes() {
        XCTAssertEqual(token("'\\n\\t\\r\\\\\\'\\\"\\a\\b\\f\\v'")?.text, "\n\t\r\\'\"\u{07}\u{08}\u{0C}\u{0B}")
        XCTAssertEqual(token("'\\x41\\u00e9\\U0001F600\\101\\0'")?.text, "Aé😀A\0")
        XCTAssertEqual(token("'\\N{GREEK SMALL LETTER ALPHA}'")?.text, "α")
        XCTAssertEqual(token("'\\d\\q'")?.text, "\\d\\q", "unknown escapes keep the backslash")
        XCTAssertEqual(token("r'\\x41\\n'")?.text, "\\x41\\n", "raw strings keep escapes")
        XCTAssertEqual(token("'a\\\nb'")?.text, "ab", "backslash-newline continues the literal")
        XCTAssertEqual(token("'\\1234'")?.text, "S4", "octal escapes take at most three digits")
    }

    func testTripleQuotedStrings() throws {
        let all = try Lexer.tokenize("x = '''a\n'b'\n\"c\"'''\ny")
        XCTAssertEqual(all[2].text, "a\n'b'\n\"c\"")
        XCTAssertEqual(all[2].line, 1)
        XCTAssertEqual(all[2].endLine, 3)
        XCTAssertEqual(all[4].text, "y")
        XCTAssertEqual(all[4].line, 4)
    }

    func testFormattedStringKeepsItsRawBody() throws {
        let t = try XCTUnwrap(token("f'a{b!r}\\n'"))
        XCTAssertEqual(t.stringPrefix, "f")
        XCTAssertEqual(t.rawBody, "a{b!r}\\n")
        XCTAssertEqual(t.bodyColumn, 2)
    }

    // MARK: Numbers

    func testIntegers() {
        XCTAssertEqual(tokens("0 7 1_000 0x_1F 0XfF 0o17 0O7_7 0b1010 0B1_0 00 0_0"),
                       ["int:0", "int:7", "int:1_000", "int:0x_1F", "int:0XfF", "int:0o17", "int:0O7_7", "int:0b1010", "int:0B1_0",
                        "int:00", "int:0_0", "NEWLINE", "EOF"])
    }

    func testIntegerValues() throws {
        XCTAssertEqual(try ASTDump.parse("0x_1F, 0o17, 0b1_0, 1_000_000, 0xFFFFFFFFFFFFFFFF"),
                       "(tuple 31 15 2 1000000 18446744073709551615)")
        XCTAssertEqual(try ASTDump.parse("-9223372036854775808"), "-9223372036854775808")
    }

    func testFloatTokens() {
        XCTAssertEqual(tokens("1.5 .5 5. 1e10 1E-3 2.5e+4 1_0.0_1e1_0"),
                       ["float:1.5", "float:.5", "float:5.", "float:1e10", "float:1E-3", "float:2.5e+4", "float:1_0.0_1e1_0", "NEWLINE", "EOF"])
        XCTAssertEqual(try ASTDump.parse("1e3, 2.5E-1, 1_0.5, 1e400"), "(tuple 1000.0 0.25 10.5 inf)")
    }

    func testRangeStyleDotsAreNotFloats() {
        XCTAssertEqual(tokens("x[1:...]"), ["name:x", "[", "int:1", ":", "...", "]", "NEWLINE", "EOF"])
    }

    func testImaginaryIsLexedThenRejected() {
        XCTAssertEqual(tokens("3j 1.5J"), ["imag:3", "imag:1.5", "NEWLINE", "EOF"])
        XCTAssertThrowsError(try Parser.parseModule("3j")) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.message, "complex numbers are not supported by Tern")
        }
    }

    // MARK: Errors, with CPython's messages and positions

    func testNumberErrors() {
        assertError("x = 0x", "invalid hexadecimal literal", line: 1, column: 6)
        assertError("x = 0b2", "invalid digit '2' in binary literal", line: 1, column: 7)
        assertError("x = 0o18", "invalid digit '8' in octal literal", line: 1, column: 8)
        assertError("x = 09", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line: 1, column: 5)
        assertError("x = 0_1", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line: 1, column: 5)
        assertError("x = 5a", "invalid decimal literal", line: 1, column: 5)
        assertError("x = 1_", "invalid decimal literal", line: 1, column: 6)
        assertError("x = 0b1_", "invalid binary literal", line: 1, column: 8)
        assertError("x = 1e", "invalid decimal literal", line: 1, column: 5)
        assertError("x = 1__0", "invalid decimal literal", line: 1, column: 6)
        assertError("x = 1.5a", "invalid decimal literal", line: 1, column: 7)
        assertError("x = 1e5_", "invalid decimal literal", line: 1, column: 8)
        assertError("x = 0x1_g", "invalid hexadecimal literal", line: 1, column: 8)
        assertError("x = 0o_", "invalid octal literal", line: 1, column: 7)
    }

    func testStringErrors() {
        assertError("x = 'abc\ny = 1", "unterminated string literal (detected at line 1)", line: 1, column: 5)
        assertError("x = 1\ny = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 3)", line: 2, column: 5)
        assertError("y = '''abc\n", "unterminated triple-quoted string literal (detected at line 1)", line: 1, column: 5)
        assertError("y = '''abc\n  x", "unterminated triple-quoted string literal (detected at line 2)", line: 1, column: 5)
        assertError("x = '\\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name",
                    line: 1)
    }

    func testBracketErrors() {
        assertError("x = (1,\n2", "'(' was never closed", line: 1, column: 5)
        assertError("x = 1)", "unmatched ')'", line: 1, column: 6)
        assertError("x = (1]", "closing parenthesis ']' does not match opening parenthesis '('", line: 1, column: 7)
        assertError("x = (1,\n 2]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", line: 2, column: 3)
    }

    func testCharacterErrors() {
        assertError("x = $", "invalid syntax", line: 1, column: 5)
        assertError("x = €", "invalid character '€' (U+20AC)", line: 1, column: 5)
        assertError("x = \u{00A0} 1", "invalid non-printable character U+00A0", line: 1, column: 5)
        assertError("x = 1 \\ 2", "unexpected character after line continuation character", line: 1, column: 8)
        assertError("x = 1 if x else\\\n", "unexpected EOF while parsing", line: 1)
    }

    func testIndentationErrors() {
        assertError("if x:\n  a\n b", "unindent does not match any outer indentation level", line: 3, kind: "IndentationError")
        let deep = (0..<101).map { String(repeating: " ", count: $0) + "if x:\n" }.joined() + String(repeating: " ", count: 101) + "pass\n"
        assertError(deep, "too many levels of indentation", line: 101, kind: "IndentationError")
    }

    func testUnexpectedIndentIsReportedByTheParser() {
        XCTAssertThrowsError(try Parser.parseModule("\n\n  x = 1\n")) { error in
            let info = error as? SyntaxErrorInfo
            XCTAssertEqual(info?.kind, "IndentationError")
            XCTAssertEqual(info?.message, "unexpected indent")
            XCTAssertEqual(info?.line, 3)
        }
    }
}
