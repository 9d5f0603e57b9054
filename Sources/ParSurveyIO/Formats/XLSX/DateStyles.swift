import ParSurveyModel
/// Which cell styles of a workbook show numbers as dates or times (from `xl/styles.xml`),
/// and the conversion of a serial day number to ISO 8601 text.
package struct DateStyles: Sendable {
    /// How a style shows a number.
    package enum Kind: Sendable { case number, date, time, dateTime }

    /// Kind of each `cellXfs` entry, by the cell's `s` index.
    private(set) var kinds: [Kind] = []

    /// No styles: every number is a number.
    init() {}

    /// Reads `numFmts` and `cellXfs` of a styles part.
    init(_ bytes: [UInt8], part: String) throws(XLSXError) {
        var p = XMLPullParser(bytes)
        var custom: [Int: Kind] = [:]
        var inCellXfs = false
        do {
            while true {
                let e = try p.next()
                switch e {
                case .endOfInput: return
                case let .start(name, sc):
                    if p.equals(name, "numFmt") {
                        if let id = try p.attributeString("numFmtId").flatMap({ Int($0) }), let code = try p.attributeString("formatCode") {
                            custom[id] = Self.kind(ofFormat: code)
                        }
                    } else if p.equals(name, "cellXfs") {
                        inCellXfs = !sc
                    } else if inCellXfs && p.equals(name, "xf") {
                        let id = try p.attributeString("numFmtId").flatMap { Int($0) } ?? 0
                        kinds.append(custom[id] ?? Self.builtin(id))
                    }
                case let .end(name):
                    if p.equals(name, "cellXfs") { inCellXfs = false }
                case .text: break
                }
            }
        } catch { throw XLSXWorkbook.xmlError(part, p, error) }
    }

    /// The kind of style index `s` (number when out of range).
    func kind(_ s: Int) -> Kind { s >= 0 && s < kinds.count ? kinds[s] : .number }

    /// Built-in number formats (ECMA-376 Part 1, 18.8.30): 14–17, 22 and the East Asian
    /// 27–36, 50–58 show dates; 18–21 and 45–47 times.
    static func builtin(_ id: Int) -> Kind {
        switch id {
        case 14...17, 27...36, 50...58: return .date
        case 22: return .dateTime
        case 18...21, 45...47: return .time
        default: return .number
        }
    }

    /// Classifies a format code: quoted text, `\x` escapes and `[…]` sections (colours,
    /// locales) are ignored; y/d (and m without h/s) mean a date, h/s a time.
    package static func kind(ofFormat code: String) -> Kind {
        var letters: [Character] = []
        var inQuote = false
        var inBracket = false
        var escape = false
        for ch in code.lowercased() {
            if escape {
                escape = false
                continue
            }
            if inQuote {
                if ch == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if ch == "]" { inBracket = false } else if ch == "h" || ch == "s" { letters.append(ch) }  // [h]:mm elapsed time
                continue
            }
            switch ch {
            case "\"": inQuote = true
            case "\\", "_", "*": escape = true
            case "[": inBracket = true
            case ";": break  // later sections are for negative numbers and text: stop
            default: letters.append(ch)
            }
            if ch == ";" { break }
        }
        let hasDate =
            letters.contains("y") || letters.contains("d") || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
        let hasTime = letters.contains("h") || letters.contains("s")
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        default: return .number
        }
    }

    /// ISO 8601 text of a serial number: `2021-05-03`, `10:15:00` or `2021-05-03T10:15:00`.
    /// The 1900 system counts 1900-02-29 (serial 60), which never existed, as Excel does.
    package static func iso(serial: Double, kind: Kind, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }  // up to 9999-12-31
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        // days since 1970-01-01
        let epochDays: Int
        if date1904 {
            epochDays = days - 24_107  // 1904-01-01 is day 0
        } else {
            if days == 60 && kind != .time { return "1900-02-29" }
            epochDays = days - (days < 60 ? 25_568 : 25_569)  // 1899-12-31 is day 0; after the fake leap day, 1899-12-30
        }
        let (y, m, d) = civil(epochDays)
        let date = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
        let time = pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
        switch kind {
        case .date: return seconds == 0 ? date : date + "T" + time
        case .time: return days == 0 ? time : date + "T" + time
        case .dateTime: return date + "T" + time
        case .number: return nil
        }
    }

    /// Year, month, day of a day count since 1970-01-01 (`CivilDate`).
    static func civil(_ z0: Int) -> (Int, Int, Int) {
        let c = CivilDate.fromDays(Int64(z0))
        return (Int(c.year), Int(c.month), Int(c.day))
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
