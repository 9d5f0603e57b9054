/// Text encodings a CSV batch may be declared in (`--encoding`, or a manifest component's
/// `"encoding"`).
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8 (the default).
    case utf8
    /// Windows-1258, what Excel writes as "CSV" on a Vietnamese Windows (tone marks as
    /// combining characters; decoded, then normalised to NFC).
    case cp1258
    /// Windows-1252 (Western European Windows).
    case cp1252
    /// UTF-16, Excel's "Unicode text": the byte-order mark decides the byte order
    /// (little-endian when there is none).
    case utf16
    /// UTF-16 little-endian without a byte-order mark.
    case utf16le
    /// UTF-16 big-endian without a byte-order mark.
    case utf16be

    /// Parses a user's spelling: `cp1258`, `windows-1258`, `1258`, `utf-16`, `UTF8`, ….
    public init?(name: String) {
        let k = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        switch k {
        case "utf8": self = .utf8
        case "cp1258", "windows1258", "1258", "vietnamese": self = .cp1258
        case "cp1252", "windows1252", "1252", "latin1", "iso88591", "western": self = .cp1252
        case "utf16", "unicode", "ucs2": self = .utf16
        case "utf16le": self = .utf16le
        case "utf16be": self = .utf16be
        default: return nil
        }
    }

    /// The names `--encoding` accepts, for messages.
    public static let accepted = "utf8, cp1258, cp1252, utf16, utf16le, utf16be"
}
