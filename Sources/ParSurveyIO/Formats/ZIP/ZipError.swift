/// Why a ZIP container (an `.xlsx` workbook) could not be read.
public enum ZipError: Error, Sendable, Equatable {
    /// No end-of-central-directory record: not a ZIP file, or cut short.
    case notZip
    /// A structure points outside the file or has a wrong signature.
    case corrupt(String)
    /// An entry is encrypted (flag bit 0).
    case encrypted(entry: String)
    /// ZIP64 (archives or entries over 4 GiB, or over 65 535 entries).
    case zip64
    /// A compression method other than stored (0) and deflate (8).
    case unsupportedMethod(entry: String, method: Int)
    /// An entry's data does not inflate or its CRC-32 does not match.
    case badEntry(entry: String, message: String)
    /// An entry would expand beyond the reader's limit.
    case tooLarge(entry: String, size: Int, limit: Int)
    /// A required entry is absent.
    case missingEntry(String)

    /// A sentence for people.
    public var message: String {
        switch self {
        case .notZip: return "not a ZIP container (no end-of-central-directory record; the file is not an .xlsx workbook or is cut short)"
        case let .corrupt(m): return "corrupt ZIP container: \(m)"
        case let .encrypted(e): return "entry '\(e)' is encrypted; remove the password and save again"
        case .zip64:
            return "ZIP64 container (over 4 GiB or 65 535 parts) is not supported; save a smaller workbook or export the sheet as CSV UTF-8"
        case let .unsupportedMethod(e, m): return "entry '\(e)' uses compression method \(m); only stored (0) and deflate (8) are read"
        case let .badEntry(e, m): return "entry '\(e)': \(m)"
        case let .tooLarge(e, size, limit): return "entry '\(e)' expands to \(size) bytes, over the limit of \(limit)"
        case let .missingEntry(e): return "part '\(e)' is missing"
        }
    }
}
