import Foundation
import Testing
@testable import ParSurvey

/// Reading a batch in windows of any size on any number of threads gives exactly what one
/// window on one thread gives: the same table (ids, answers, codes in the same order, weights,
/// variables, origins), the same rejects in the same order, the same accounts.
@Suite struct ChunkedReadingTests {
    static let questionnaire = BatchLoaderTests.questionnaire
    static let mapping = ColumnMapping(id: "id", unit: "unit", group: "grp", weight: "w")

    /// Odd window sizes (a record, a header, a quoted line break and a CRLF all get cut), and
    /// 1–3 workers splitting every window however small.
    static let tunings: [BatchLoader.Tuning] =
        [1, 2, 7, 64, 1000].flatMap { chunk in
            [1, 2, 3].map { BatchLoader.Tuning(chunkSize: chunk, workers: $0, minParallelBytes: 0) }
        } + [BatchLoader.Tuning()]

    /// A deterministic batch with everything awkward: BOM, CRLF, LF and lone-CR line ends,
    /// quoted fields holding delimiters, `""` and line breaks, blank lines, NFD and padded
    /// spellings, labels, duplicate and empty ids, bad weights and answers, ragged rows,
    /// stray quotes, text after a closing quote, a NUL byte, and no final line break.
    static func awkwardBatch(rows: Int, seed: UInt64, bom: Bool = true) -> [UInt8] {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let nfd = { (s: String) in s.decomposedStringWithCanonicalMapping }
        let units = ["Tây Sơn", nfd("Tây Sơn"), " Tây Sơn ", "An Nhơn", "\"Quy Nhơn, TP\"", "TÂY SƠN", "Hoài Nhơn"]
        let weights = ["1.5", "2", "0,75", "1e0", " 3 ", "4.379582", "abc", "0", "12345678901234567", ".5"]
        let notes = ["x", "", "\"two\r\nlines\"", "\"say \"\"hi\"\"\"", nfd("Hài lòng"), "\"multi\nline, with comma\"", "Hài lòng"]
        let answers = [
            "1", "2", "3", "4", "5", "9", "", " 4 ", "Hài lòng", nfd("hài lòng"), "Very satisfied", "\t5", "7",
            "\"3\"", "rất hài lòng",
        ]
        let ends = ["\r\n", "\r\n", "\n", "\r"]
        var out = bom ? [UInt8]([0xEF, 0xBB, 0xBF]) : []
        out += Array("id,unit,grp,w,note,a1,a2,b1\r\n".utf8)
        for i in 0..<rows {
            var id = "r\(i)"
            switch next(20) {
            case 0: id = " r\(i) "
            case 1: id = nfd("Hộ \(i)")
            case 2 where i > 40: id = "r\(i - 37)"
            case 3: id = ""
            default: break
            }
            var fields = [
                id, units[next(units.count)], next(2) == 0 ? "g1" : "g2", weights[next(weights.count)],
                notes[next(notes.count)], answers[next(answers.count)], answers[next(answers.count)],
                answers[next(answers.count)],
            ]
            switch next(40) {
            case 0: fields.removeLast()
            case 1: fields[4] = "ab\"c"
            case 2: fields[4] = "\"ab\"c"
            case 3: fields[4] = "a\u{0}b"
            default: break
            }
            out += Array(fields.joined(separator: ",").utf8)
            if i + 1 < rows { out += Array(ends[next(ends.count)].utf8) }
            if next(25) == 0 { out += Array("\r\n".utf8) }  // a blank line
        }
        return out
    }

    static func load(
        _ batches: [(bytes: [UInt8], name: String)], tuning: BatchLoader.Tuning, units: [String]? = nil,
        mapping: ColumnMapping = mapping
    ) throws -> BatchLoader {
        var loader = BatchLoader(questionnaire: questionnaire, mapping: mapping, units: units)
        loader.tuning = tuning
        for b in batches { try loader.loadCSV(bytes: b.bytes, file: b.name) }
        return loader
    }

    static func load(paths: [String], tuning: BatchLoader.Tuning) throws -> BatchLoader {
        var loader = BatchLoader(questionnaire: questionnaire, mapping: mapping)
        loader.tuning = tuning
        for p in paths { try loader.load(path: p) }
        return loader
    }

    static func expectSame(_ a: BatchLoader, _ b: BatchLoader, _ label: String) {
        let t = a.table
        let u = b.table
        #expect(t.rowCount == u.rowCount, "\(label): rows")
        #expect(t.idBytes == u.idBytes && t.idEnds == u.idEnds, "\(label): ids")
        #expect(t.answers == u.answers, "\(label): answers")
        #expect(t.unit == u.unit, "\(label): unit")
        #expect(t.group == u.group, "\(label): group")
        #expect(t.designWeights.map { $0.map(\.bitPattern) } == u.designWeights.map { $0.map(\.bitPattern) }, "\(label): weights")
        #expect(t.variables == u.variables && t.variableOrder == u.variableOrder, "\(label): variables")
        #expect(t.origins == u.origins && t.batches == u.batches, "\(label): origins")
        #expect(a.rejects == b.rejects, "\(label): rejects")
        #expect(a.accounts == b.accounts, "\(label): accounts")
    }

    @Test func anyWindowSizeAndWorkerCountGivesTheSequentialResult() throws {
        let batches = [(Self.awkwardBatch(rows: 300, seed: 1), "one.csv"), (Self.awkwardBatch(rows: 120, seed: 2, bom: false), "two.csv")]
        let reference = try Self.load(batches, tuning: .sequential)
        // The corpus does exercise what it claims to.
        #expect(reference.table.rowCount > 100 && reference.rejects.count > 20)
        #expect(reference.rejects.contains { $0.reason.hasPrefix("duplicate respondent id (first at one.csv:") && $0.file == "two.csv" })
        #expect(reference.accounts.allSatisfy { $0.read == $0.accepted + $0.rejected && $0.blankLines > 0 })
        #expect(reference.table.variable("note")!.levels.contains("two\r\nlines"))
        for tuning in Self.tunings {
            Self.expectSame(try Self.load(batches, tuning: tuning), reference, "bytes \(tuning)")
        }
        // Read from files (a read(2) per window) rather than from bytes in memory.
        let folder = TestPaths.temporaryFolder()
        let paths = batches.map { b in
            let p = folder + "/" + b.1
            _ = FileManager.default.createFile(atPath: p, contents: Data(b.0))
            return p
        }
        let fromFiles = try Self.load(paths: paths, tuning: .sequential)
        #expect(fromFiles.table.idBytes == reference.table.idBytes && fromFiles.rejects.map(\.line) == reference.rejects.map(\.line))
        for tuning in [
            BatchLoader.Tuning(chunkSize: 7, workers: 2, minParallelBytes: 0),
            BatchLoader.Tuning(chunkSize: 100, workers: 3, minParallelBytes: 0),
            BatchLoader.Tuning(),
        ] {
            Self.expectSame(try Self.load(paths: paths, tuning: tuning), fromFiles, "file \(tuning)")
        }
    }

    @Test func knownUnitsAndNoUnitColumnAlsoAgree() throws {
        let batches = [(Self.awkwardBatch(rows: 200, seed: 3), "b.csv")]
        let units = ["Tây Sơn", "An Nhơn", "Quy Nhơn, TP"]
        let reference = try Self.load(batches, tuning: .sequential, units: units)
        #expect(reference.rejects.contains { $0.reason == "unknown unit (not in the manifest's units)" && $0.value == "Hoài Nhơn" })
        #expect(reference.table.unit.levels == units)
        let noUnit = ColumnMapping(id: "id", weight: "w")
        let referenceNoUnit = try Self.load(batches, tuning: .sequential, mapping: noUnit)
        #expect(referenceNoUnit.table.unit.levels == [BatchLoader.allUnitsName])
        for tuning in Self.tunings {
            Self.expectSame(try Self.load(batches, tuning: tuning, units: units), reference, "units \(tuning)")
            Self.expectSame(try Self.load(batches, tuning: tuning, mapping: noUnit), referenceNoUnit, "no unit \(tuning)")
        }
    }

    // The one-pass path for plain valid rows gives what the general path (field spans, then
    // field by field) gives.
    @Test func theOnePassPathAgreesWithTheGeneralPath() throws {
        let batches = [(Self.awkwardBatch(rows: 300, seed: 8), "one.csv"), (Self.awkwardBatch(rows: 200, seed: 9, bom: false), "two.csv")]
        var general = BatchLoader.Tuning.sequential
        general.onePass = false
        let reference = try Self.load(batches, tuning: general)
        Self.expectSame(try Self.load(batches, tuning: .sequential), reference, "one pass")
        var generalChunked = BatchLoader.Tuning(chunkSize: 7, workers: 2, minParallelBytes: 0)
        generalChunked.onePass = false
        Self.expectSame(try Self.load(batches, tuning: generalChunked), reference, "general, chunked")
    }

    @Test func semicolonBatchesAgreeToo() throws {
        let bytes = Self.awkwardBatch(rows: 150, seed: 7).map { $0 == 0x2C ? 0x3B : $0 }  // every `,` becomes `;`
        let reference = try Self.load([(bytes, "s.csv")], tuning: .sequential)
        #expect(reference.table.rowCount > 30)
        for tuning in Self.tunings { Self.expectSame(try Self.load([(bytes, "s.csv")], tuning: tuning), reference, "; \(tuning)") }
    }

    // Hand-checked values: a quoted CRLF inside a field is cut by 1-, 2- and 7-byte windows.
    @Test(arguments: [1, 2, 7])
    func quotedLineBreakAcrossWindowEdges(_ chunk: Int) throws {
        let csv = "\u{FEFF}id,unit,note,a1,a2,b1\r\n\"r1\",U,\"two\r\nlines, and \"\"quotes\"\"\",5,4,3\r\nr2,U,x,1,2,3\r\n"
        var loader = BatchLoader(questionnaire: Self.questionnaire, mapping: ColumnMapping(unit: "unit"))
        loader.tuning = BatchLoader.Tuning(chunkSize: chunk, workers: 2, minParallelBytes: 0)
        try loader.loadCSV(bytes: Array(csv.utf8), file: "b.csv")
        #expect(loader.table.ids == ["r1", "r2"])
        #expect(loader.table.variables["note"]?.value(0) == "two\r\nlines, and \"quotes\"")
        #expect(loader.table.origins.map(\.line) == [2, 4])  // r2 starts on line 4: the quoted field spans lines 2–3
        #expect(loader.table.answers == [[5, 1], [4, 2], [3, 3]])
        #expect(loader.accounts == [BatchAccount(file: "b.csv", read: 2, accepted: 2, rejected: 0)])
    }

    @Test func unterminatedQuoteIsTheSameErrorAndLeavesNothing() throws {
        let rows = Self.awkwardBatch(rows: 60, seed: 4) + Array("\r\n".utf8)
        let bytes = rows + Array("last,U,g1,1,\"never closed,4,4,4\r\nr999,U,g1,1,x,4,4,4\r\n".utf8)
        // The quote opens in field 5 of the record after the 60 rows; its line is one past the
        // lines those rows take (the sequential read of them alone says how many).
        let before = try Self.load([(rows + Array("end,U,g1,1,x,4,4,4".utf8), "x.csv")], tuning: .sequential)
        let expected = BatchError.unterminatedQuote(
            file: "u.csv", line: Int(before.table.origins.last!.line), column: 5,
            value: "\"never closed,4,4,4")  // the field up to its line end
        for tuning in [BatchLoader.Tuning.sequential] + Self.tunings {
            var loader = BatchLoader(questionnaire: Self.questionnaire, mapping: Self.mapping)
            loader.tuning = tuning
            #expect(throws: expected, "\(tuning)") { try loader.loadCSV(bytes: bytes, file: "u.csv") }
            #expect(loader.table.rowCount == 0 && loader.rejects.isEmpty && loader.accounts.isEmpty && loader.table.batches.isEmpty)
        }
    }

    // A batch that fails (unterminated quote at its end) leaves no trace: its ids may come
    // again in the next batch, while the first batch's ids are still duplicates.
    @Test(arguments: [BatchLoader.Tuning.sequential, BatchLoader.Tuning(chunkSize: 5, workers: 2, minParallelBytes: 0)])
    func aFailedBatchIsRolledBackIncludingItsIds(_ tuning: BatchLoader.Tuning) throws {
        var loader = BatchLoader(questionnaire: Self.questionnaire, mapping: ColumnMapping(unit: "unit"))
        loader.tuning = tuning
        try loader.loadCSV(bytes: Array("id,unit,a1,a2,b1\nk1,U,4,4,4\nk2,U,4,4,4\n".utf8), file: "one.csv")
        let failing = "id,unit,a1,a2,b1\n" + (1...50).map { "f\($0),V,1,1,1\n" }.joined() + "f51,\"V,1,1,1\n"
        #expect(throws: BatchError.unterminatedQuote(file: "bad.csv", line: 52, column: 2, value: "\"V,1,1,1")) {
            try loader.loadCSV(bytes: Array(failing.utf8), file: "bad.csv")
        }
        try loader.loadCSV(bytes: Array("id,unit,a1,a2,b1\nf1,W,5,5,5\nk2,W,5,5,5\nf50,W,5,5,5\n".utf8), file: "three.csv")
        #expect(loader.table.ids == ["k1", "k2", "f1", "f50"])
        #expect(loader.table.batches == ["one.csv", "three.csv"])
        #expect(
            loader.table.origins == [
                RowOrigin(batch: 0, line: 2), RowOrigin(batch: 0, line: 3), RowOrigin(batch: 1, line: 2), RowOrigin(batch: 1, line: 4),
            ])
        #expect(loader.rejects.map(\.message) == ["three.csv:3:1: duplicate respondent id (first at one.csv:3) (column 'id', value 'k2')"])
        #expect(loader.accounts.map(\.accepted) == [2, 2])
    }
}
