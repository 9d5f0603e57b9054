/// Why a workbook could not be read.
public enum XLSXError: Error, Sendable, Equatable {
    /// An old binary `.xls` workbook (OLE compound file, magic D0 CF 11 E0).
    case oldBinaryWorkbook
    /// A password-protected workbook (an OLE file holding an `EncryptedPackage`).
    case encrypted
    /// The ZIP container is broken or unsupported.
    case container(ZipError)
    /// A part's XML is malformed.
    case xml(part: String, line: Int, column: Int, message: String)
    /// A part is missing or says something impossible.
    case structure(String)
    /// No sheet with that name.
    case noSuchSheet(name: String, available: [String])

    /// A sentence for people.
    public var message: String {
        switch self {
        case .oldBinaryWorkbook:
            return
                "this is an old binary Excel workbook (.xls, OLE file D0 CF 11 E0); open it in Excel or LibreOffice and save as .xlsx (Excel Workbook) or CSV UTF-8"
        case .encrypted:
            return
                "the workbook is password-protected (encrypted); open it, remove the password (File > Info > Protect Workbook) and save again"
        case let .container(z): return "not a readable .xlsx workbook: " + z.message
        case let .xml(part, line, column, message): return "workbook part \(part):\(line):\(column): malformed XML: \(message)"
        case let .structure(m): return "not a readable .xlsx workbook: " + m
        case let .noSuchSheet(name, available):
            return "no sheet named '\(name)' (sheets: \(available.map { "'\($0)'" }.joined(separator: ", ")))"
        }
    }
}
