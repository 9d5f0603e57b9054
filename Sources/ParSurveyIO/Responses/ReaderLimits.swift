import Foundation
import ParSurveyModel

/// Bounds on what the batch readers accept, so that a hostile or broken file cannot exhaust
/// memory or time. Each bound is far above what a real survey batch needs and is named in
/// the error when it is hit:
///
/// - a file larger than `maxFileBytes` is not read (workbooks, JSON Lines and CSV in another
///   encoding are held in memory whole; plain UTF-8 CSV is streamed a window at a time, a
///   record still being read staying in the window until it ends);
/// - a header with more than `maxColumns` columns, or a header name longer than
///   `maxFieldBytes`, makes the batch an error;
/// - a data field longer than `maxFieldBytes`, or a record (CSV record or JSON line) longer
///   than `maxRecordBytes`, rejects that row, which is counted like any other reject.
///
/// The CSV header is scanned storing at most `maxColumns + 1` field positions (the rest are
/// only counted), so a header of a million commas costs no memory. Field and record limits
/// are checked by `RowDecoder` (the one-pass path hands such a record to the general one),
/// so they act the same whatever the window size or worker count.
public struct ReaderLimits: Sendable, Equatable {
    /// Largest batch file read, in bytes (default 2 GiB).
    public var maxFileBytes: Int
    /// Most columns in a header (default 16,384: the most an Excel sheet can have).
    public var maxColumns: Int
    /// Longest field, in bytes (default 131,072: an Excel cell's 32,767 characters at up to
    /// 4 UTF-8 bytes each).
    public var maxFieldBytes: Int
    /// Longest record (a CSV record, quoted line breaks included, or a JSON line), in bytes
    /// (default 1 MiB).
    public var maxRecordBytes: Int

    /// Creates limits; every argument defaults to the standard value.
    public init(
        maxFileBytes: Int = 1 << 31, maxColumns: Int = 16_384, maxFieldBytes: Int = 131_072,
        maxRecordBytes: Int = 1 << 20
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxColumns = maxColumns
        self.maxFieldBytes = maxFieldBytes
        self.maxRecordBytes = maxRecordBytes
    }

    /// The limits used unless a caller sets others.
    public static let standard = ReaderLimits()

    /// Throws when the file at `path` is larger than `maxFileBytes` (checked before reading it).
    func checkFileSize(_ path: String) throws(BatchError) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = (attributes[.size] as? NSNumber)?.intValue
        else { return }  // unreadable files are reported by the read itself
        if size > maxFileBytes {
            throw .limitExceeded(
                file: path, line: 0, column: 0,
                message:
                    "the file is \(DecimalText.grouped(size)) bytes, more than the limit of \(DecimalText.grouped(maxFileBytes)) bytes; split it into smaller batches"
            )
        }
    }

    /// The reason a field of `count` bytes is refused.
    func fieldTooLong(_ count: Int) -> String {
        "field is \(DecimalText.grouped(count)) bytes, longer than the limit of \(DecimalText.grouped(maxFieldBytes)) bytes"
    }

    /// The reason a record of `count` bytes is refused.
    func recordTooLong(_ count: Int) -> String {
        "row is \(DecimalText.grouped(count)) bytes, longer than the limit of \(DecimalText.grouped(maxRecordBytes)) bytes"
    }

    /// The message for a header of `count` columns.
    func tooManyColumns(_ count: Int) -> String {
        "the header has \(DecimalText.grouped(count)) columns, more than the limit of \(DecimalText.grouped(maxColumns))"
    }

    /// The first field longer than `maxFieldBytes` (its 1-based column), or a record longer
    /// than `maxRecordBytes` (column 0), with the reason; nil when the record is within limits.
    func problem(_ spans: [FieldSpan], recordBytes: Int) -> (column: Int, reason: String)? {
        for (c, s) in spans.enumerated() where s.end - s.start > maxFieldBytes {
            return (c + 1, fieldTooLong(s.end - s.start))
        }
        if recordBytes > maxRecordBytes { return (0, recordTooLong(recordBytes)) }
        return nil
    }

    /// The start of a field known to be too long: its first 77 characters and `…`, decoding
    /// only a few hundred bytes however long the field is.
    static func preview<C: Collection<UInt8>>(_ bytes: C) -> String {
        String(String(decoding: bytes.prefix(400), as: UTF8.self).prefix(77)) + "…"
    }
}
