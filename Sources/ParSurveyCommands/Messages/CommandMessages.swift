import ParSurvey

/// The command line's own words (progress, notes, warnings' prefixes) in Vietnamese and
/// English, in one place; `--lang` chooses (Vietnamese by default). Thrown error messages
/// and reject reasons are not here.
enum CommandMessages {
    /// `par-survey: cảnh báo: ` / `par-survey: warning: `.
    static let warningPrefix = LocalizedText(vi: "par-survey: cảnh báo: ", en: "par-survey: warning: ")

    /// A progress stage: reading, scoring, writing.
    static func stage(_ name: String) -> LocalizedText {
        switch name {
        case "reading": return LocalizedText(vi: "đang đọc", en: "reading")
        case "scoring": return LocalizedText(vi: "đang tính điểm", en: "scoring")
        case "writing": return LocalizedText(vi: "đang ghi", en: "writing")
        default: return LocalizedText(vi: name, en: name)
        }
    }

    /// `đang đọc quy-nhon.csv: 1.234 phiếu` / `reading quy-nhon.csv: 1,234 rows`.
    static func reading(file: String, rows: String) -> LocalizedText {
        LocalizedText(vi: "đang đọc \(file): \(rows) phiếu", en: "reading \(file): \(rows) rows")
    }

    /// `, 45 % của 120 MB` / `, 45% of 120 MB`.
    static func share(percent: Int, megabytes: Int) -> LocalizedText {
        LocalizedText(vi: ", \(percent) % của \(megabytes) MB", en: ", \(percent)% of \(megabytes) MB")
    }

    /// `, 50.000 phiếu/giây` / `, 50,000 rows/s`.
    static func rate(_ rows: String) -> LocalizedText { LocalizedText(vi: ", \(rows) phiếu/giây", en: ", \(rows) rows/s") }

    /// The note after rejected rows.
    static func rejected(_ n: Int, listed: Bool) -> LocalizedText {
        LocalizedText(
            vi: "par-survey: \(n) dòng bị loại" + (listed ? "" : " (liệt kê bằng --rejects TỆP)"),
            en: "par-survey: \(n) row\(n == 1 ? "" : "s") rejected" + (listed ? "" : " (list them with --rejects FILE)"))
    }

    /// The heading of the rejected rows listed on standard error: `par-survey: 3 dòng bị loại:`.
    static func rejectedHeading(_ n: Int) -> LocalizedText {
        LocalizedText(vi: "par-survey: \(n) dòng bị loại:", en: "par-survey: \(n) row\(n == 1 ? "" : "s") rejected:")
    }

    /// After the first rows listed: `… còn 12 dòng (ghi đủ bằng --rejects TỆP)`.
    static func moreRejected(_ n: Int, listed: Bool) -> LocalizedText {
        LocalizedText(
            vi: "… còn \(n) dòng" + (listed ? "" : " (ghi đủ bằng --rejects TỆP)"),
            en: "… \(n) more" + (listed ? "" : " (write them all with --rejects FILE)"))
    }

    /// A component of the folder left out of a comparison, with the reason.
    static func skipped(_ component: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "par-survey: lưu ý: \(component): \(reason.vi); bỏ qua", en: "par-survey: note: \(component): \(reason.en); skipped")
    }
}
