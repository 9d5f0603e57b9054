/// Why a spreadsheet cell's value cannot be used, as a value (the cell named as in the
/// workbook, `D3`). `english` is the reader's message as it has always read.
public enum CellProblem: Sendable, Hashable, CustomStringConvertible {
    /// A formula whose computed value the file does not store.
    case formulaWithoutValue(cell: String)
    /// An error value (`#DIV/0!`, `#N/A`, …).
    case errorValue(cell: String, value: String)

    /// The cell (`D3`).
    public var cell: String {
        switch self {
        case let .formulaWithoutValue(cell), let .errorValue(cell, _): return cell
        }
    }

    /// The reader's message in English.
    public var description: String { english }

    /// The reader's message in English.
    public var english: String {
        switch self {
        case let .formulaWithoutValue(cell):
            return
                "cell \(cell) has a formula without a computed value (open the workbook in Excel or LibreOffice and save it again so values are stored)"
        case let .errorValue(cell, value): return "cell \(cell) holds the error value \(value)"
        }
    }

    /// The reader's message in Vietnamese.
    public var vietnamese: String {
        switch self {
        case let .formulaWithoutValue(cell):
            return
                "ô \(cell) chứa công thức nhưng tệp không lưu giá trị đã tính (mở bảng tính bằng Excel hoặc LibreOffice rồi lưu lại để các giá trị được lưu)"
        case let .errorValue(cell, value): return "ô \(cell) chứa giá trị lỗi \(value)"
        }
    }
}
