import Foundation
import Testing
@testable import ParSurvey

/// Hostile `.xlsx` containers: a ZIP directory that lies about sizes must be refused before
/// anything of the claimed size is allocated.
@Suite struct HostileWorkbookTests {
    /// A one-entry ZIP (100 × `a`, deflated) whose directory and local header claim `size`.
    static func lyingZip(claiming size: UInt32) -> (bytes: [UInt8], compressed: Int) {
        var zip = ZipWriter()
        zip.add("a.txt", [UInt8](repeating: UInt8(ascii: "a"), count: 100))
        var b = zip.finish()
        func put(_ at: Int) { for k in 0..<4 { b[at + k] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(k))) } }
        put(22)  // local header: uncompressed size
        let cd = (0..<(b.count - 4)).first { b[$0] == 0x50 && b[$0 + 1] == 0x4B && b[$0 + 2] == 1 && b[$0 + 3] == 2 }!
        put(cd + 24)  // central directory: uncompressed size
        let compressed = Int(b[cd + 20]) | Int(b[cd + 21]) << 8 | Int(b[cd + 22]) << 16 | Int(b[cd + 23]) << 24
        return (b, compressed)
    }

    @Test func entryClaimingMoreThanDeflateCanGiveIsRefused() throws {
        let (bytes, compressed) = Self.lyingZip(claiming: 1 << 29)  // 512 MiB, under the 1 GiB entry limit
        let zip = try ZipArchive(bytes: bytes)
        // 100 bytes of one letter deflate to a handful of bytes: 512 MiB is far beyond 1,032 × that.
        #expect(compressed < 16)
        #expect(
            throws: ZipError.badEntry(
                entry: "a.txt",
                message:
                    "the directory says \(compressed) compressed bytes expand to 536870912, more than DEFLATE can (corrupt or hostile file)"
            )
        ) {
            _ = try zip.data("a.txt")
        }
    }

    @Test func entryClaimingAPlausibleWrongSizeStillFailsOnInflate() throws {
        let (bytes, _) = Self.lyingZip(claiming: 101)
        let zip = try ZipArchive(bytes: bytes)
        #expect(throws: ZipError.badEntry(entry: "a.txt", message: "data expands to 100 bytes, the directory says 101")) {
            _ = try zip.data("a.txt")
        }
    }

    static func text(_ cells: [String]) -> [XLSXValue?] { cells.map { .text($0) } }

    @Test func workbookHeaderWiderThanTheColumnLimitIsAnError() {
        let header = Self.text(["id", "district", "q1", "q2", "q3"] + (6...16_385).map { "c\($0)" })
        let bytes = XLSXWriter.workbook([XLSXSheet(name: "s", rows: [header, Self.text(["T1", "Tây Sơn", "4", "5", "4"])])])
        var l = MalformedCorpus.loader()
        #expect(
            throws: BatchError.limitExceeded(
                file: "wide.xlsx", line: 1, column: 0,
                message: "the header has 16,385 columns, more than the limit of 16,384")
        ) {
            try l.loadWorkbook(bytes: bytes, file: "wide.xlsx", sheet: nil)
        }
    }

    @Test func workbookCellLongerThanTheFieldLimitRejectsItsRow() throws {
        let rows = [
            Self.text(["id", "district", "q1", "q2", "q3"]), Self.text(["T1", "Tây Sơn", "4", "5", "4"]),
            Self.text(["T2", "Tây Sơn", String(repeating: "x", count: 200_000), "5", "4"]),
        ]
        var l = MalformedCorpus.loader()
        try l.loadWorkbook(bytes: XLSXWriter.workbook([XLSXSheet(name: "s", rows: rows)]), file: "long.xlsx", sheet: nil)
        let preview = String(repeating: "x", count: 77) + "…"
        #expect(
            l.rejects.map(\.message) == [
                "long.xlsx:3:3: field is 200,000 bytes, longer than the limit of 131,072 bytes (cell C3) (column 'q1', value '\(preview)')"
            ])
        #expect(MalformedCorpus.counts(l) == [[2, 1, 1]])
    }
}
