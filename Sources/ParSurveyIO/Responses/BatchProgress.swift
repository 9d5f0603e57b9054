/// How far the reading of a batch has got (for progress display).
public struct BatchProgress: Sendable, Equatable {
    /// The batch file.
    public var file: String
    /// Bytes of the batch read so far.
    public var bytesRead: Int
    /// The batch's size, when known.
    public var totalBytes: Int?
    /// Rows accepted into the table so far (all batches).
    public var rows: Int
}
