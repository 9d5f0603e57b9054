import ParSurveyModel
/// An `.xlsx` workbook opened from memory: its sheet names, shared strings and the date
/// styles needed to turn cells into text. Sheets are read row by row with `rows(of:)`.
public struct XLSXWorkbook: Sendable {
    /// Sheet names in workbook order.
    public let sheetNames: [String]
    let sheetParts: [String]
    let sharedStrings: [[UInt8]]
    let dateStyles: DateStyles
    let date1904: Bool
    private let archive: ZipArchive

    /// Whether `bytes` start like an OLE compound file (old `.xls`, or an encrypted workbook).
    public static func isOLE(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) }

    /// Whether `bytes` start like a ZIP file.
    public static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// Opens a workbook.
    public init(bytes: [UInt8]) throws(XLSXError) {
        if Self.isOLE(bytes) {
            // Office writes password-protected .xlsx files as OLE files with an EncryptedPackage stream.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            throw Self.contains(bytes, marker) ? .encrypted : .oldBinaryWorkbook
        }
        do { archive = try ZipArchive(bytes: bytes) } catch { throw .container(error) }
        let workbookPart = try Self.officeDocument(archive)
        let wbBytes = try Self.part(archive, workbookPart)
        let rels = try Self.relationships(archive, of: workbookPart)
        var names: [String] = []
        var parts: [String] = []
        var is1904 = false
        var p = XMLPullParser(wbBytes)
        do {
            while true {
                let e = try p.next()
                guard case let .start(name, _) = e else {
                    if e == .endOfInput { break }
                    continue
                }
                if p.equals(name, "workbookPr") {
                    let v = try p.attributeString("date1904")
                    is1904 = v == "1" || v == "true"
                } else if p.equals(name, "sheet") {
                    guard let sheetName = try p.attributeString("name"), let rid = try p.attributeString("id") else {
                        throw XLSXError.structure("a <sheet> in \(workbookPart) has no name or r:id")
                    }
                    guard let target = rels[rid] else {
                        throw XLSXError.structure(
                            "sheet '\(sheetName)' refers to relationship \(rid), which \(workbookPart)'s rels do not define")
                    }
                    names.append(sheetName)
                    parts.append(target)
                }
            }
        } catch let f as XMLPullParser.Failure {
            throw Self.xmlError(workbookPart, p, f)
        } catch let e as XLSXError { throw e } catch { throw .structure("\(error)") }
        if names.isEmpty { throw .structure("\(workbookPart) lists no sheets") }
        sheetNames = names
        sheetParts = parts
        date1904 = is1904
        let base = Self.folder(of: workbookPart)
        let sstPath = rels.values.first { $0.hasSuffix("sharedStrings.xml") } ?? base + "sharedStrings.xml"
        sharedStrings = try archive.contains(sstPath) ? Self.readSharedStrings(try Self.part(archive, sstPath), part: sstPath) : []
        let stylesPath = rels.values.first { $0.hasSuffix("styles.xml") } ?? base + "styles.xml"
        dateStyles = try archive.contains(stylesPath) ? DateStyles(try Self.part(archive, stylesPath), part: stylesPath) : DateStyles()
    }

    /// A reader over the rows of sheet `name` (the first sheet when nil).
    public func rows(of name: String?) throws(XLSXError) -> XLSXSheetReader {
        var k = 0
        if let name {
            guard let i = sheetNames.firstIndex(where: { TextKey.key($0) == TextKey.key(name) }) else {
                throw .noSuchSheet(name: name, available: sheetNames)
            }
            k = i
        }
        let part = sheetParts[k]
        return XLSXSheetReader(xml: try Self.part(archive, part), part: part, sheet: sheetNames[k], workbook: self)
    }

    // MARK: parts

    static func part(_ a: ZipArchive, _ name: String) throws(XLSXError) -> [UInt8] {
        do {
            guard let d = try a.data(name) else { throw XLSXError.container(.missingEntry(name)) }
            return d
        } catch let e as XLSXError { throw e } catch let z as ZipError { throw .container(z) } catch { throw .structure("\(error)") }
    }

    static func officeDocument(_ a: ZipArchive) throws(XLSXError) -> String {
        guard a.contains("_rels/.rels") else {
            if a.contains("xl/workbook.xml") { return "xl/workbook.xml" }
            throw .structure("no _rels/.rels and no xl/workbook.xml: this ZIP file is not an Excel workbook")
        }
        let rels = try relationships(a, of: "")
        return rels.first { $0.value.hasSuffix(".xml") && $0.value.contains("workbook") }?.value
            ?? (a.contains("xl/workbook.xml") ? "xl/workbook.xml" : { () -> String in "" }())
    }

    /// Relationship id → target part path (resolved against the source part's folder).
    static func relationships(_ a: ZipArchive, of source: String) throws(XLSXError) -> [String: String] {
        let folder = folder(of: source)
        let relsPath = folder + "_rels/" + (source.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let bytes = try part(a, relsPath)
        var p = XMLPullParser(bytes)
        var out: [String: String] = [:]
        do {
            while true {
                let e = try p.next()
                if e == .endOfInput { break }
                guard case let .start(name, _) = e, p.equals(name, "Relationship") else { continue }
                guard let id = try p.attributeString("Id"), let target = try p.attributeString("Target") else { continue }
                if try p.attributeString("TargetMode") == "External" { continue }
                out[id] = resolve(target, folder: folder)
            }
        } catch { throw xmlError(relsPath, p, error) }
        return out
    }

    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    static func resolve(_ target: String, folder: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for s in target.split(separator: "/") {
            if s == ".." { if !segments.isEmpty { segments.removeLast() } } else if s != "." { segments.append(s) }
        }
        return segments.joined(separator: "/")
    }

    static func readSharedStrings(_ bytes: [UInt8], part: String) throws(XLSXError) -> [[UInt8]] {
        var p = XMLPullParser(bytes)
        var out: [[UInt8]] = []
        do {
            while true {
                let e = try p.next()
                if e == .endOfInput { break }
                if case let .start(name, sc) = e, p.equals(name, "si") {
                    out.append(sc ? [] : try richText(&p))
                }
            }
        } catch { throw xmlError(part, p, error) }
        return out
    }

    /// The text of an `<si>` or `<is>` element (its `<t>` runs, phonetic runs skipped),
    /// read up to the element's end tag.
    static func richText(_ p: inout XMLPullParser) throws(XMLPullParser.Failure) -> [UInt8] {
        let depth = p.depth
        var out: [UInt8] = []
        var inT = false
        while true {
            let e = try p.next()
            switch e {
            case let .start(name, sc):
                if p.equals(name, "rPh") || p.equals(name, "phoneticPr") {
                    try p.skipElement(selfClosing: sc)
                } else if p.equals(name, "t") {
                    inT = !sc
                }
            case let .end(name):
                if p.equals(name, "t") { inT = false }
                if p.depth < depth { return unescapeOOXML(out) }
            case let .text(r, raw):
                if inT { out += raw ? Array(p.bytes[r]) : try p.decoded(r) }
            case .endOfInput:
                return unescapeOOXML(out)
            }
        }
    }

    /// Undoes OOXML's `_xHHHH_` escapes (e.g. `_x000D_` for a carriage return).
    static func unescapeOOXML(_ b: [UInt8]) -> [UInt8] {
        guard b.contains(0x5F) else { return b }
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            if b[i] == 0x5F, i + 6 < b.count, b[i + 1] == 0x78, b[i + 6] == 0x5F,
                let v = UInt32(String(decoding: b[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16), let s = Unicode.Scalar(v)
            {
                out += Array(String(Character(s)).utf8)
                i += 7
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return out
    }

    static func xmlError(_ part: String, _ p: XMLPullParser, _ f: XMLPullParser.Failure) -> XLSXError {
        let loc = p.location(f.offset)
        return .xml(part: part, line: loc.line, column: loc.column, message: f.message)
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count, let first = needle.first else { return false }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == first && hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
