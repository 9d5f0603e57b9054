/// How batch files are read beyond their content: the sheet of a workbook, the text
/// encoding of a CSV file, and whether only approved submissions of a KoBoToolbox or ODK
/// Central export are kept.
public struct BatchReadOptions: Sendable, Equatable {
    /// Sheet of an `.xlsx` batch (nil: the first sheet).
    public var sheet: String?
    /// Encoding of CSV batches (nil: UTF-8, or UTF-16 by its byte-order mark).
    public var encoding: TextEncoding?
    /// Keep only rows whose `_validation_status` / `ReviewState` is approved; the others
    /// are counted as excluded.
    public var approvedOnly: Bool

    /// Options; by default the first sheet, UTF-8, every submission.
    public init(sheet: String? = nil, encoding: TextEncoding? = nil, approvedOnly: Bool = false) {
        self.sheet = sheet
        self.encoding = encoding
        self.approvedOnly = approvedOnly
    }

    /// These options with the non-default values of `other` laid over them.
    public func overridden(by other: BatchReadOptions) -> BatchReadOptions {
        BatchReadOptions(
            sheet: other.sheet ?? sheet, encoding: other.encoding ?? encoding,
            approvedOnly: approvedOnly || other.approvedOnly)
    }
}
