import Foundation

/// Text comparison the way users expect it: Vietnamese composed or decomposed (NFC/NFD),
/// surrounding white space and letter case do not matter.
public enum TextKey {
    /// NFC form of `text`, trimmed of surrounding white space.
    public static func clean(_ text: String) -> String {
        // Fast path: ASCII is already NFC; with no white space at either end it is unchanged.
        let u = text.utf8
        if let first = u.first, let last = u.last, !isASCIISpace(first), !isASCIISpace(last), u.allSatisfy({ $0 < 0x80 }) {
            return text
        }
        if isStableLatin(text) { return text }
        return text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: ignorableAtEnds)
    }

    /// What `clean` trims from both ends: white space and line breaks (Foundation's set,
    /// which holds the zero-width space U+200B) and the other invisible characters
    /// spreadsheets and phones leave around values: zero-width joiner U+200D, word joiner
    /// U+2060, byte order mark / zero-width no-break space U+FEFF. One rule for them all.
    public static let ignorableAtEnds: CharacterSet = CharacterSet.whitespacesAndNewlines
        .union(CharacterSet(charactersIn: "\u{200B}\u{200D}\u{2060}\u{FEFF}"))

    private static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }

    /// Whether `text` is already NFC with nothing to trim, judged without Foundation (second
    /// fast path, for composed Vietnamese names): every scalar below U+0300 (Latin-1, Latin
    /// Extended-A and -B: no combining mark, none changed by NFC) or in Latin Extended
    /// Additional U+1E00–U+1EFF (the precomposed Vietnamese letters, NFC as they stand), and
    /// neither end white space (U+0009–U+000D, U+0020, U+0085, U+00A0 in these ranges).
    /// With no combining mark nothing can compose, so NFC leaves such text unchanged
    /// (TextKeyFastPathTests checks every one of these scalars against Foundation).
    package static func isStableLatin(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, !isEndSpace(first), !isEndSpace(last) else {
            return false
        }
        return scalars.allSatisfy { $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }
    }

    private static func isEndSpace(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x20 || (0x09...0x0D).contains(s.value) || s.value == 0x85 || s.value == 0xA0
    }

    /// The comparison key: NFC, trimmed, lower-cased.
    public static func key(_ text: String) -> String {
        clean(text).lowercased()
    }
}
