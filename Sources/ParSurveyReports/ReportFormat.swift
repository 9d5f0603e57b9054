import ParSurveyModel
/// Output formats every command offers.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned text for people (the default on a terminal).
    case table
    /// Comma-separated values for scripts and spreadsheets (`.` decimals, English headers).
    case csv
    /// JSON with camelCase names, rounded and unrounded values.
    case json
    /// Markdown tables for documents.
    case markdown
}

/// What a report needs to know besides the data.
public struct ReportStyle: Sendable {
    /// Output format.
    public var format: ReportFormat
    /// Language of titles, labels and numbers.
    public var language: Language
    /// Display columns text tables may take (the terminal's width); nil: no limit. A wider
    /// table is cut into blocks of columns (`TextTable.text(width:keyColumns:)`).
    public var width: Int? = nil
    /// The name of the all-units total (the manifest's `totalLabel`; default "Toàn tỉnh" /
    /// "Whole province").
    public var totalLabel: LocalizedText = .wholeProvince

    /// Creates a style.
    public init(format: ReportFormat = .table, language: Language = .vi) {
        self.format = format
        self.language = language
    }

    /// The Vietnamese or English text.
    public func t(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    /// Hundredths as points: `84,11` (vi) or `84.11` (en); CSV always uses `.`.
    public func points(_ hundredths: Int) -> String {
        DecimalText.format(scaled: hundredths, language: format == .csv ? .en : language)
    }

    /// A fraction as a percentage with `places` decimals: `85,67 %` (vi), `85.67%` (en).
    public func percent(_ fraction: Double?, places: Int = 2) -> String {
        guard let f = fraction else { return "–" }
        let s = DecimalText.format(f * 100, places: places, language: format == .csv ? .en : language)
        return language == .vi && format != .csv ? s + " %" : s + "%"
    }

    /// A plain number with `places` decimals in the report's style.
    public func number(_ x: Double, places: Int) -> String {
        DecimalText.format(x, places: places, language: format == .csv ? .en : language)
    }

    /// A whole number grouped by thousands for tables and Markdown (`3.412` vi, `3,412` en;
    /// one rule for every count from 1 000 up), plain elsewhere.
    public func count(_ n: Int) -> String {
        guard format == .table || format == .markdown, abs(n) >= 1000 else { return String(n) }
        return DecimalText.grouped(n, separator: language == .vi ? "." : ",")
    }
}
