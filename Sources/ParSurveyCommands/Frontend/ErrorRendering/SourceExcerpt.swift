import Foundation
import ParSurvey

/// The input line an error points at, cut to the terminal's width around the column, with
/// control characters made visible and a caret `^` under the column (by display width, so
/// Vietnamese text in either Unicode form and wide characters line up).
struct SourceExcerpt: Equatable {
    /// The line's text as shown (cut, escaped).
    var text: String
    /// Display columns before the caret.
    var caretOffset: Int
    /// 1-based line number.
    var line: Int

    /// The longest a shown line may be; longer lines are cut around the column with `…`.
    static let defaultWidth = 100

    /// The excerpt of `location` read from its file, or nil when the file, the line or the
    /// column cannot be found (no line 0, no column 0, no stdin).
    static func read(_ location: SourceLocation, width: Int = defaultWidth) -> SourceExcerpt? {
        guard location.line > 0, location.column > 0, location.file != "-",
            let lineBytes = Self.line(location.line, of: location.file)
        else { return nil }
        return make(
            lineBytes, location: location, header: location.columnUnit == .field ? Self.line(1, of: location.file) : nil, width: width)
    }

    /// The excerpt of `lineBytes` (a line without its line end) for `location`; `header` is
    /// the file's first line, from which the delimiter of a field column is guessed.
    static func make(_ lineBytes: [UInt8], location: SourceLocation, header: [UInt8]? = nil, width: Int = defaultWidth) -> SourceExcerpt? {
        var bytes = lineBytes
        var skipped = 0
        if location.line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            skipped = 3
        }
        let all = pieces(bytes)
        let index: Int
        switch location.columnUnit {
        case .character: index = location.column - 1
        case .byte: index = all.firstIndex { $0.byte + skipped >= location.column - 1 } ?? all.count
        case .field:
            guard let i = fieldStart(location.column, in: all.map(\.text), delimiter: delimiter(header ?? bytes)) else { return nil }
            index = i
        }
        guard index >= 0, index <= all.count else { return nil }
        var shownPieces = all.map { (text: $0.text, width: $0.width) }
        var caret = index
        let widths = shownPieces.map(\.width)
        if widths.reduce(0, +) > width {
            // Cut to `width` display columns around the caret, `…` marking what is left out.
            var lo = min(caret, shownPieces.count - 1)
            var hi = lo
            var used = widths[lo]
            let budget = width - 2
            while lo > 0 || hi < shownPieces.count - 1 {
                let right = hi < shownPieces.count - 1 && (hi - caret <= caret - lo || lo == 0)
                let next = right ? widths[hi + 1] : widths[lo - 1]
                if used + next > budget { break }
                used += next
                if right { hi += 1 } else { lo -= 1 }
            }
            var cut = Array(shownPieces[lo...hi])
            caret -= lo
            if lo > 0 {
                cut.insert(("…", 1), at: 0)
                caret += 1
            }
            if hi < shownPieces.count - 1 { cut.append(("…", 1)) }
            shownPieces = cut
        }
        let offset = shownPieces.prefix(caret).reduce(0) { $0 + $1.width }
        return SourceExcerpt(text: shownPieces.map(\.text).joined(), caretOffset: offset, line: location.line)
    }

    /// The line as shown pieces: one per character (grapheme cluster) of valid UTF-8, one per
    /// invalid byte (`\xE2`), each with its byte offset and display width.
    static func pieces(_ bytes: [UInt8]) -> [(text: String, width: Int, byte: Int)] {
        var out: [(text: String, width: Int, byte: Int)] = []
        var i = 0
        var run = 0
        func flush(_ end: Int) {
            guard run < end else { return }
            var at = run
            for c in String(decoding: bytes[run..<end], as: UTF8.self) {
                let (t, w) = shown(c)
                out.append((t, w, at))
                at += String(c).utf8.count
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : (0xC2..<0xE0).contains(b) ? 2 : (0xE0..<0xF0).contains(b) ? 3 : (0xF0..<0xF5).contains(b) ? 4 : 0
            if length > 0, i + length <= bytes.count, bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
                String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil
            {
                i += length
                continue
            }
            flush(i)
            out.append(("\\x" + String(b, radix: 16, uppercase: true), 4, i))
            i += 1
            run = i
        }
        flush(bytes.count)
        return out
    }

    /// A character as shown on a terminal and its display width: control characters become
    /// `\t`, `\r`, `\u{1B}`…; East Asian wide characters take two columns.
    static func shown(_ c: Character) -> (text: String, width: Int) {
        if c.unicodeScalars.count == 1, let s = c.unicodeScalars.first, s.value < 0x20 || (0x7F...0x9F).contains(s.value) {
            let t: String
            switch s {
            case "\t": t = "\\t"
            case "\r": t = "\\r"
            case "\n": t = "\\n"
            default: t = "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
            }
            return (t, t.count)
        }
        if c == "\r\n" { return ("\\r", 2) }
        guard let base = c.unicodeScalars.first else { return (String(c), 0) }
        if base.properties.generalCategory == .nonspacingMark || base.properties.generalCategory == .enclosingMark { return (String(c), 0) }
        if c.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }) && c.unicodeScalars.count == 1 {
            return ("\\u{" + String(base.value, radix: 16, uppercase: true) + "}", 0)
        }
        return (String(c), isWide(base.value) ? 2 : 1)
    }

    /// East Asian wide and fullwidth ranges (CJK, Hangul, fullwidth forms, emoji).
    static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
    }

    /// The delimiter of a CSV line: the most frequent of `,` `;` tab outside quotes (`,` on a tie).
    static func delimiter(_ line: [UInt8]) -> Character {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 9: 0]
        var quoted = false
        for b in line {
            if b == UInt8(ascii: "\"") { quoted.toggle() } else if !quoted, counts[b] != nil { counts[b]! += 1 }
        }
        let best = [UInt8(ascii: ","), UInt8(ascii: ";"), 9].max { counts[$0]! < counts[$1]! }!
        return counts[best]! == 0 ? "," : Character(UnicodeScalar(best))
    }

    /// The piece index where field `field` (1-based) starts, quotes respected.
    static func fieldStart(_ field: Int, in pieces: [String], delimiter: Character) -> Int? {
        if field == 1 { return 0 }
        var n = 1
        var quoted = false
        let delimiterText = delimiter == "\t" ? "\\t" : String(delimiter)
        for (i, c) in pieces.enumerated() {
            if c == "\"" {
                quoted.toggle()
            } else if c == delimiterText && !quoted {
                n += 1
                if n == field { return i + 1 }
            }
        }
        return nil
    }

    /// Line `n` (1-based) of `path` without its line end; nil when the file has fewer lines or
    /// cannot be read. Reads in blocks and stops at the line.
    static func line(_ n: Int, of path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var current = 1
        var out: [UInt8] = []
        while true {
            guard let block = try? handle.read(upToCount: 1 << 16), !block.isEmpty else { break }
            for b in block {
                if b == 0x0A {
                    if current == n { return out.last == 0x0D ? Array(out.dropLast()) : out }
                    current += 1
                } else if current == n {
                    out.append(b)
                    if out.count > 1 << 20 { return out }
                }
            }
        }
        return current == n && !out.isEmpty ? (out.last == 0x0D ? Array(out.dropLast()) : out) : nil
    }
}
