import Foundation

/// Text comparison the way users expect it: Vietnamese composed or decomposed (NFC/NFD),
/// surrounding white space and letter case do not matter.
public enum TextKey {
    /// NFC form of `text`, trimmed of surrounding white space.
    public static func clean(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The comparison key: NFC, trimmed, lower-cased.
    public static func key(_ text: String) -> String {
        clean(text).lowercased()
    }
}
