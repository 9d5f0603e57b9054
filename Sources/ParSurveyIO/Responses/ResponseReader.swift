/// One batch format's reader behind one interface. `BatchLoader.load(path:)` picks the
/// reader for a file and hands it the loader, the one table builder: every reader turns its
/// header into a schema with `BatchLoader.makeSchema` (which applies the KoBoToolbox/ODK
/// export dialect, `ExportDialect`, so a KoBo or ODK export is read by whichever reader its
/// format needs), validates records with `RowDecoder`, joins rows to the table with
/// `BatchLoader.merge` and, when it fails, leaves nothing of the batch (`BatchLoader.rollback`).
protocol ResponseReader {
    /// The batch file (for errors).
    var file: String { get }
    /// Reads the batch into `loader`. Returns false when the batch must be read again whole
    /// (undeclared CSV that is not valid UTF-8, left to `TextDecoding`), having left nothing
    /// of it.
    mutating func read(into loader: inout BatchLoader) throws(BatchError) -> Bool
}

/// CSV: a window at a time (`ChunkedCSVReader`), each window's stretches parsed in parallel
/// by the one tokenizer (`CSVTokenizer`) and its plain mode.
struct CSVResponseReader: ResponseReader {
    /// The bytes, streamed or held.
    let input: ChunkedInput
    /// The batch file (for errors).
    let file: String
    /// The delimiter; nil: detected from the header.
    let delimiter: UInt8?
    /// Whether the bytes are checked for UTF-8 as they stream (undeclared encoding).
    let checkUTF8: Bool

    mutating func read(into loader: inout BatchLoader) throws(BatchError) -> Bool {
        try loader.loadCSV(input, file: file, delimiter: delimiter, checkUTF8: checkUTF8)
    }
}

/// JSON Lines: one object per line, keys as column names.
struct JSONLinesResponseReader: ResponseReader {
    /// The whole file.
    let bytes: [UInt8]
    /// The batch file (for errors).
    let file: String

    mutating func read(into loader: inout BatchLoader) throws(BatchError) -> Bool {
        try loader.loadJSONLines(bytes: bytes, file: file)
        return true
    }
}

/// A workbook (`.xlsx`): one sheet's rows as records.
struct WorkbookResponseReader: ResponseReader {
    /// The whole file.
    let bytes: [UInt8]
    /// The batch file (for errors).
    let file: String
    /// The sheet; nil: the first.
    let sheet: String?

    mutating func read(into loader: inout BatchLoader) throws(BatchError) -> Bool {
        try loader.loadWorkbook(bytes: bytes, file: file, sheet: sheet)
        return true
    }
}
