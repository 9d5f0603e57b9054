/// Text from data made safe to show on a terminal: control characters (C0 including ESC,
/// BEL, NUL and, unless kept, line breaks and tabs; DEL; C1) become `\xNN`, and the
/// invisible direction overrides (U+202A–U+202E, U+2066–U+2069) become `\u{NNNN}`, so that
/// a value cannot move the cursor, change colours, set the window title, ring the bell or
/// reorder what is shown. The one function used by the table renderer and by every
/// message (rejects, errors) that quotes data.
public enum TerminalText {
    /// `text` with control characters escaped; `keepLineBreaks` keeps `\n` (for messages
    /// of several lines).
    public static func escape(_ text: String, keepLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepLineBreaks) }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if needsEscape(s, keepLineBreaks) {
                let hex = String(s.value, radix: 16, uppercase: true)
                let esc = s.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u{" + hex + "}"
                out.append(contentsOf: esc.unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    @inline(__always)
    package static func needsEscape(_ s: Unicode.Scalar, _ keepLineBreaks: Bool) -> Bool {
        let v = s.value
        if v < 0x20 { return !(keepLineBreaks && v == 0x0A) }
        return v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
