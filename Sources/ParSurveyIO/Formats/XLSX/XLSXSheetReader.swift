import ParSurveyModel

/// One non-empty cell of a sheet row, as text.
public struct XLSXCell: Sendable, Equatable {
    /// 0-based column (A = 0).
    public var column: Int
    /// The cell's value as UTF-8 text: strings as written, numbers as stored, dates as
    /// ISO 8601, booleans TRUE/FALSE.
    public var text: [UInt8]
    /// Why the value cannot be used (a formula without a cached value, an error value).
    public var cellProblem: CellProblem?

    /// Why the value cannot be used, in English.
    public var problem: String? { cellProblem?.english }

    /// A cell of `column` holding `text`, or `problem`.
    public init(column: Int, text: [UInt8], problem: CellProblem? = nil) {
        self.column = column
        self.text = text
        self.cellProblem = problem
    }
}

/// Reads a worksheet's rows in order from its XML, one row per call (a pull reader: only
/// the current row's cells are held as values).
public struct XLSXSheetReader {
    /// The sheet's part (`xl/worksheets/sheet1.xml`).
    public let part: String
    /// The sheet's name.
    public let sheet: String
    private var parser: XMLPullParser
    private let workbook: XLSXWorkbook
    private var lastRow = 0
    private var inSheetData = false

    init(xml: [UInt8], part: String, sheet: String, workbook: XLSXWorkbook) {
        self.parser = XMLPullParser(xml)
        self.part = part
        self.sheet = sheet
        self.workbook = workbook
    }

    /// Column letters of a 0-based column (`0` → `A`, `27` → `AB`).
    public static func columnName(_ c: Int) -> String {
        var n = c + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// Reads the next row that has a `<row>` element into `cells` (cleared first; only
    /// non-empty cells, in column order). Returns its 1-based row number, or nil at the end.
    public mutating func nextRow(into cells: inout [XLSXCell]) throws(XLSXError) -> Int? {
        cells.removeAll(keepingCapacity: true)
        do {
            while true {
                let e = try parser.next()
                switch e {
                case .endOfInput: return nil
                case let .start(name, sc):
                    if parser.equals(name, "sheetData") {
                        inSheetData = !sc
                        continue
                    }
                    guard inSheetData, parser.equals(name, "row") else { continue }
                    var number = lastRow + 1
                    if let r = try parser.attributeString("r") {
                        guard let v = Int(r), v > 0 else {
                            throw XLSXError.structure("\(part): row number '\(r)' is not a positive integer")
                        }
                        number = v
                    }
                    if number <= lastRow {
                        throw XLSXError.structure("\(part): row \(number) comes after row \(lastRow) (rows out of order or repeated)")
                    }
                    lastRow = number
                    if !sc { try readCells(row: number, into: &cells) } else { try parser.skipElement(selfClosing: true) }
                    return number
                case let .end(name):
                    if parser.equals(name, "sheetData") { inSheetData = false }
                case .text: continue
                }
            }
        } catch let f as XMLPullParser.Failure {
            throw XLSXWorkbook.xmlError(part, parser, f)
        } catch let x as XLSXError { throw x } catch { throw .structure("\(error)") }
    }

    private mutating func readCells(row: Int, into cells: inout [XLSXCell]) throws {
        var nextColumn = 0
        while true {
            let e = try parser.next()
            switch e {
            case .endOfInput: throw XLSXError.structure("\(part): input ends inside row \(row)")
            case let .end(name):
                if parser.equals(name, "row") { return }
            case .text: continue
            case let .start(name, sc):
                guard parser.equals(name, "c") else {
                    try parser.skipElement(selfClosing: sc)
                    continue
                }
                var column = nextColumn
                if let r = parser.attributeBytes("r") {
                    guard let (c, rr) = Self.parseReference(r) else {
                        throw XLSXError.structure("\(part): bad cell reference '\(String(decoding: r, as: UTF8.self))' in row \(row)")
                    }
                    if rr != row { throw XLSXError.structure("\(part): cell \(String(decoding: r, as: UTF8.self)) is inside row \(row)") }
                    column = c
                }
                if column < nextColumn {
                    throw XLSXError.structure(
                        "\(part): cell \(Self.columnName(column))\(row) comes after column \(Self.columnName(nextColumn - 1)) (cells out of order or repeated)"
                    )
                }
                nextColumn = column + 1
                let type = parser.attributeBytes("t").map { CellType($0) } ?? .number
                let style = parser.attributeBytes("s").flatMap { Self.integer($0) } ?? 0
                var value: [UInt8]?
                var inline: [UInt8]?
                var hasFormula = false
                if !sc {
                    var inV = false
                    while true {
                        let ce = try parser.next()
                        if case let .end(n) = ce, parser.equals(n, "c") { break }
                        switch ce {
                        case let .start(n, csc):
                            if parser.equals(n, "v") {
                                inV = !csc
                                if value == nil { value = [] }
                            } else if parser.equals(n, "f") {
                                hasFormula = true
                                try parser.skipElement(selfClosing: csc)
                            } else if parser.equals(n, "is") {
                                inline = csc ? [] : try XLSXWorkbook.richText(&parser)
                            } else {
                                try parser.skipElement(selfClosing: csc)
                            }
                        case let .end(n): if parser.equals(n, "v") { inV = false }
                        case let .text(r, raw): if inV { value! += raw ? Array(parser.bytes[r]) : try parser.decoded(r) }
                        case .endOfInput: throw XLSXError.structure("\(part): input ends inside a cell")
                        }
                    }
                } else {
                    _ = try parser.next()  // the implied end tag
                }
                if let cell = try makeCell(
                    column: column, row: row, type: type, style: style, value: value, inline: inline, formula: hasFormula)
                {
                    cells.append(cell)
                }
            }
        }
    }

    /// The `t` attribute of a cell.
    enum CellType {
        case number, shared, inline, string, boolean, error, date, other
        init(_ b: ArraySlice<UInt8>) {
            switch Array(b) {
            case [0x6E]: self = .number  // n
            case [0x73]: self = .shared  // s
            case Array("inlineStr".utf8): self = .inline
            case Array("str".utf8): self = .string
            case [0x62]: self = .boolean  // b
            case [0x65]: self = .error  // e
            case [0x64]: self = .date  // d
            default: self = .other
            }
        }
    }

    static func integer(_ b: ArraySlice<UInt8>) -> Int? {
        guard !b.isEmpty, b.count < 10 else { return nil }
        var v = 0
        for c in b {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }

    static func trimmed(_ b: [UInt8]) -> ArraySlice<UInt8> {
        var lo = 0
        var hi = b.count
        while lo < hi && (b[lo] == 0x20 || b[lo] == 0x09 || b[lo] == 0x0A || b[lo] == 0x0D) { lo += 1 }
        while hi > lo && (b[hi - 1] == 0x20 || b[hi - 1] == 0x09 || b[hi - 1] == 0x0A || b[hi - 1] == 0x0D) { hi -= 1 }
        return b[lo..<hi]
    }

    private func makeCell(
        column: Int, row: Int, type: CellType, style: Int, value: [UInt8]?, inline: [UInt8]?,
        formula: Bool
    ) throws(XLSXError) -> XLSXCell? {
        let ref = Self.columnName(column) + String(row)
        if formula && value == nil && inline == nil {
            return XLSXCell(
                column: column, text: [],
                problem: .formulaWithoutValue(cell: ref))
        }
        switch type {
        case .inline:
            guard let t = inline ?? value, !t.isEmpty else { return nil }
            return XLSXCell(column: column, text: t)
        case .shared:
            guard let v = value else { return nil }
            guard let i = Self.integer(Self.trimmed(v)), i < workbook.sharedStrings.count else {
                throw .structure(
                    "\(part): cell \(ref) refers to shared string '\(String(decoding: v, as: UTF8.self))', but there are \(workbook.sharedStrings.count)"
                )
            }
            let t = workbook.sharedStrings[i]
            return t.isEmpty ? nil : XLSXCell(column: column, text: t)
        case .string, .date:
            guard let v = value, !v.isEmpty else { return nil }
            return XLSXCell(column: column, text: XLSXWorkbook.unescapeOOXML(v))
        case .boolean:
            guard let v = value else { return nil }
            return XLSXCell(column: column, text: Array((String(decoding: v, as: UTF8.self).trimmed == "1" ? "TRUE" : "FALSE").utf8))
        case .error:
            let v = String(decoding: value ?? [], as: UTF8.self)
            return XLSXCell(column: column, text: Array(v.utf8), problem: .errorValue(cell: ref, value: v))
        case .number, .other:
            guard let v = value else { return nil }
            let t = Self.trimmed(v)
            if t.isEmpty { return nil }
            let kind = workbook.dateStyles.kind(style)
            if kind != .number, let serial = Double(String(decoding: t, as: UTF8.self)),
                let iso = DateStyles.iso(serial: serial, kind: kind, date1904: workbook.date1904)
            {
                return XLSXCell(column: column, text: Array(iso.utf8))
            }
            return XLSXCell(column: column, text: t.count == v.count ? v : Array(t))
        }
    }

    /// `C5` → (column 2, row 5); `$C$5` accepted.
    static func parseReference(_ r: ArraySlice<UInt8>) -> (Int, Int)? {
        var col = 0
        var row = 0
        var letters = 0
        var digits = 0
        for u in r {
            if u == 0x24 { continue }
            if u >= 65 && u <= 90 && digits == 0 {
                col = col * 26 + Int(u - 64)
                letters += 1
            } else if u >= 97 && u <= 122 && digits == 0 {
                col = col * 26 + Int(u - 96)
                letters += 1
            } else if u >= 48 && u <= 57 {
                row = row * 10 + Int(u - 48)
                digits += 1
                if digits > 9 { return nil }
            } else {
                return nil
            }
            if letters > 3 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        return (col - 1, row)
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
