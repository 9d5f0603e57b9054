import Foundation

extension ReportDate {
    /// Today's date in UTC: what `report` prints when neither `--date` nor
    /// `SOURCE_DATE_EPOCH` gives one (pass either for the same bytes on every run).
    public static func today() -> ReportDate {
        ReportDate(epoch: String(Int(Date().timeIntervalSince1970.rounded(.down))))!
    }
}
