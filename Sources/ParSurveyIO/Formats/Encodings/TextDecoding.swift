import Foundation

/// Turns a CSV file's bytes into UTF-8 (NFC) for the byte-level scanner: decodes UTF-16
/// (by its byte-order mark, or when declared), Windows-1258 and Windows-1252 (when
/// declared), and recognises text that is not UTF-8 so the user is told which encoding to
/// pass.
public enum TextDecoding {
    /// Where invalid UTF-8 was found, and the likely encoding.
    public struct NotUTF8: Error, Sendable, Equatable {
        /// 1-based line of the first invalid byte.
        public var line: Int
        /// 1-based byte column of it within its line.
        public var column: Int
        /// The byte.
        public var byte: UInt8
        /// Lines with invalid bytes (counted up to a few).
        public var lines: Int
        /// The encoding the bytes look like.
        public var guess: TextEncoding
        /// Whether the guess rests on Vietnamese tone marks or letters (else it is a default).
        public var sure: Bool

        /// A sentence for people (English; the command line adds which `--encoding` to pass).
        public var message: String {
            let what =
                guess == .cp1258
                ? "it looks like Windows-1258 (Vietnamese Windows \"CSV\")"
                : "it looks like Windows-1252 (Western Windows \"CSV\")" + (sure ? "" : " or Windows-1258")
            return
                "line \(line), byte \(column): byte 0x\(byteHex) is not UTF-8 (\(linesText) affected); "
                + what + "; declare the encoding, or save the file as \"CSV UTF-8\""
        }

        /// The byte in hexadecimal (`E0`).
        public var byteHex: String { String(byte, radix: 16, uppercase: true) }

        /// `1 line`, `3 lines`, `5+ lines`.
        public var linesText: String { lines == 1 ? "1 line" : "\(lines)\(lines >= 5 ? "+" : "") lines" }
    }

    /// The file's text as UTF-8. `declared` nil means UTF-8 unless a UTF-16 byte-order mark
    /// says otherwise. A file with a UTF-8 or UTF-16 byte-order mark is read by its mark
    /// whatever is declared. Undeclared text whose invalid UTF-8 reaches the header or two
    /// or more lines throws `NotUTF8`; an isolated bad line is left for row rejection.
    public static func utf8(_ bytes: [UInt8], declared: TextEncoding?) throws(NotUTF8) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return bytes }
        if bytes.starts(with: [0xFF, 0xFE]) { return nfc(utf16: bytes, from: 2, littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return nfc(utf16: bytes, from: 2, littleEndian: false) }
        switch declared {
        case nil, .utf8?:
            let probe = bytes.prefix(64)
            let looksUTF16 = probe.count >= 4 && probe.filter({ $0 == 0 }).count * 3 >= probe.count  // left to the loader's UTF-16 message
            if declared == nil, !looksUTF16, let bad = check(bytes), bad.line == 1 || bad.lines >= 2 { throw bad }
            return bytes
        case .cp1258?, .cp1252?:
            if isMultibyteUTF8(bytes) { return bytes }  // already UTF-8: read as such
            return nfc(singleByte: bytes, table: declared == .cp1258 ? WindowsCodePages.cp1258 : WindowsCodePages.cp1252)
        case .utf16?:
            // no byte-order mark: ASCII text has its NUL bytes at odd offsets in little-endian
            var evenNUL = 0
            var oddNUL = 0
            for i in 0..<min(bytes.count, 512) where bytes[i] == 0 { if i % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 } }
            return nfc(utf16: bytes, from: 0, littleEndian: oddNUL >= evenNUL)
        case .utf16le?: return nfc(utf16: bytes, from: 0, littleEndian: true)
        case .utf16be?: return nfc(utf16: bytes, from: 0, littleEndian: false)
        }
    }

    /// The first invalid UTF-8 byte with the number of affected lines (up to 5), or nil if
    /// the bytes are valid UTF-8.
    public static func check(_ b: [UInt8]) -> NotUTF8? {
        var first: (line: Int, column: Int, byte: UInt8)?
        var lines = 0
        var line = 1
        var lineStart = 0
        var lastBadLine = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                // LF, CRLF or a lone CR ends a line, as in the CSV scanner
                if c == 0x0A || (c == 0x0D && !(i + 1 < n && b[i + 1] == 0x0A)) {
                    line += 1
                    lineStart = i + 1
                }
                i += 1
                continue
            }
            let len = sequenceLength(b, i)
            if len > 0 {
                i += len
                continue
            }
            if first == nil { first = (line, i - lineStart + 1, c) }
            if line != lastBadLine {
                lines += 1
                lastBadLine = line
                if lines >= 5 { break }
            }
            i += 1
        }
        guard let f = first else { return nil }
        let (guess, sure) = guessCodePage(b)
        return NotUTF8(line: f.line, column: f.column, byte: f.byte, lines: lines, guess: guess, sure: sure)
    }

    /// Length of a valid UTF-8 sequence starting at `i` (≥ 2), or 0 if invalid (the same rule
    /// the streamed reader checks with, `UTF8Check.sequenceLength`).
    static func sequenceLength(_ b: [UInt8], _ i: Int) -> Int {
        b.withUnsafeBufferPointer { UTF8Check.sequenceLength($0, i, $0.count) }
    }

    /// Whether the bytes are valid UTF-8 and hold at least one multi-byte character.
    static func isMultibyteUTF8(_ b: [UInt8]) -> Bool {
        var multi = false
        var i = 0
        while i < b.count {
            if b[i] < 0x80 {
                i += 1
                continue
            }
            let len = sequenceLength(b, i)
            if len == 0 { return false }
            multi = true
            i += len
        }
        return multi
    }

    /// Windows-1258 when Vietnamese evidence is found: a tone-mark byte (0xCC 0xEC 0xD2 0xDE
    /// 0xF2 are U+0300 U+0301 U+0309 U+0303 U+0323) right after a vowel, or the letters
    /// ă đ ơ ư (0xE3 0xF0 0xF5 0xFD and capitals) next to ASCII letters. Otherwise
    /// Windows-1252, flagged as unsure.
    static func guessCodePage(_ b: [UInt8]) -> (TextEncoding, Bool) {
        let toneMarks: Set<UInt8> = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2]
        let vowels: Set<UInt8> = Set(Array("aeiouyAEIOUY".utf8) + [0xE2, 0xEA, 0xF4, 0xC2, 0xCA, 0xD4, 0xE3, 0xC3, 0xF5, 0xD5, 0xFD, 0xDD])
        let letters: Set<UInt8> = [0xE3, 0xC3, 0xF0, 0xD0, 0xF5, 0xD5, 0xFD, 0xDD]
        var tones = 0
        var viet = 0
        for i in 1..<max(1, b.count) {
            if toneMarks.contains(b[i]) && vowels.contains(b[i - 1]) { tones += 1 }
            if letters.contains(b[i]) && isASCIILetter(b[i - 1]) { viet += 1 }
        }
        if tones > 0 || viet >= 2 { return (.cp1258, true) }
        return (.cp1252, false)
    }

    static func isASCIILetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }

    static func nfc(singleByte b: [UInt8], table: [UInt16]) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(b.count)
        for c in b {
            scalars.append(c < 0x80 ? Unicode.Scalar(c) : Unicode.Scalar(table[Int(c) - 0x80])!)
        }
        return Array(String(scalars).precomposedStringWithCanonicalMapping.utf8)
    }

    static func nfc(utf16 b: [UInt8], from start: Int, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity((b.count - start) / 2)
        var i = start
        while i + 1 < b.count {
            units.append(littleEndian ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : UInt16(b[i]) << 8 | UInt16(b[i + 1]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).precomposedStringWithCanonicalMapping.utf8)
    }
}
