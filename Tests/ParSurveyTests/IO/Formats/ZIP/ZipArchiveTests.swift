import Foundation
import Testing
@testable import ParSurvey

/// Corrupt, encrypted, ZIP64 and old-format containers, made by damaging a valid workbook.
@Suite struct ZipArchiveTests {
    static func cells() throws -> [UInt8] { try XLSXReaderTests.bytes("cells.xlsx") }

    /// Offset of the central directory entry of `name`.
    static func directoryEntry(_ b: [UInt8], _ name: String) -> Int {
        let n = Array(name.utf8)
        for i in 0..<(b.count - 46) where b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 1 && b[i + 3] == 2 {
            let len = Int(b[i + 28]) | Int(b[i + 29]) << 8
            if Array(b[(i + 46)..<(i + 46 + len)]) == n { return i }
        }
        return -1
    }

    static func workbookError(_ bytes: [UInt8]) -> XLSXError? {
        do {
            var r = try XLSXWorkbook(bytes: bytes).rows(of: nil)
            var cells: [XLSXCell] = []
            while try r.nextRow(into: &cells) != nil {}
            return nil
        } catch { return error }
    }

    @Test func writerRoundTripIsByteStableAndReadable() throws {
        var w = ZipWriter()
        let text = Array(String(repeating: "Tây Sơn 84,11; ", count: 200).utf8)
        let random: [UInt8] = (0..<300).map { UInt8(($0 * 73 + 41) % 256) }
        w.add("a/text.xml", text)
        w.add("b.bin", random)
        w.add("empty", [])
        let bytes = w.finish()
        var w2 = ZipWriter()
        w2.add("a/text.xml", text)
        w2.add("b.bin", random)
        w2.add("empty", [])
        #expect(w2.finish() == bytes)
        let z = try ZipArchive(bytes: bytes)
        #expect(z.entries.map(\.name) == ["a/text.xml", "b.bin", "empty"])
        #expect(try z.data("a/text.xml") == text)
        #expect(try z.data("b.bin") == random)
        #expect(try z.data("empty") == [])
        #expect(try z.data("missing") == nil)
    }

    @Test func truncatedFileIsNotAZip() throws {
        let b = try Self.cells()
        #expect(Self.workbookError(Array(b.prefix(b.count / 2))) == .container(.notZip))
        #expect(Self.workbookError(Array("PK\u{3}\u{4} not really a zip file".utf8)) == .container(.notZip))
    }

    @Test func damagedDeflateDataIsReportedForItsEntry() throws {
        var b = try Self.cells()
        let cd = Self.directoryEntry(b, "xl/worksheets/sheet1.xml")
        let local = Int(ZipArchive.u32(b, cd + 42))
        let start = local + 30 + Int(ZipArchive.u16(b, local + 26)) + Int(ZipArchive.u16(b, local + 28))
        for k in 10..<30 { b[start + k] ^= 0x5A }
        guard case let .container(.badEntry(entry, message))? = Self.workbookError(b) else {
            Issue.record("expected a bad entry error")
            return
        }
        #expect(entry == "xl/worksheets/sheet1.xml")
        #expect(message.contains("corrupt") || message.contains("CRC-32") || message.contains("expands"))
    }

    @Test func wrongChecksumIsCaught() throws {
        var b = try Self.cells()
        let cd = Self.directoryEntry(b, "xl/workbook.xml")
        b[cd + 16] ^= 0xFF
        guard case let .container(.badEntry(entry, message))? = Self.workbookError(b) else {
            Issue.record("expected CRC error")
            return
        }
        #expect(entry == "xl/workbook.xml")
        #expect(message.contains("CRC-32 mismatch"))
    }

    @Test func encryptedEntryIsRefused() throws {
        var b = try Self.cells()
        let cd = Self.directoryEntry(b, "xl/worksheets/sheet1.xml")
        b[cd + 8] |= 1
        #expect(Self.workbookError(b) == .container(.encrypted(entry: "xl/worksheets/sheet1.xml")))
    }

    @Test func zip64IsRefused() throws {
        var b = try Self.cells()
        let eocd = b.count - 22
        #expect(ZipArchive.u32(b, eocd) == 0x0605_4B50)
        b[eocd + 10] = 0xFF
        b[eocd + 11] = 0xFF
        #expect(Self.workbookError(b) == .container(.zip64))
    }

    @Test func unsupportedMethodIsNamed() throws {
        var b = try Self.cells()
        let cd = Self.directoryEntry(b, "xl/styles.xml")
        b[cd + 10] = 14  // LZMA
        #expect(Self.workbookError(b) == .container(.unsupportedMethod(entry: "xl/styles.xml", method: 14)))
    }

    @Test func oleFilesAreOldXlsOrEncryptedWorkbooks() {
        let magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(Self.workbookError(magic) == .oldBinaryWorkbook)
        let encrypted = magic + Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(Self.workbookError(encrypted) == .encrypted)
        #expect(XLSXError.oldBinaryWorkbook.message.contains("save as .xlsx"))
    }
}
