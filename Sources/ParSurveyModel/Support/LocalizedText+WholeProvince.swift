extension LocalizedText {
    /// The one name of the all-units total in tables and notes: "Toàn tỉnh" / "Whole province".
    public static let wholeProvince = LocalizedText(vi: "Toàn tỉnh", en: "Whole province")

    /// The key the data carries for the all-units row (in CSV and JSON output, and as the unit
    /// of batches without a unit column); tables show it as `wholeProvince`.
    public static let allUnitsKey = "Tất cả / All"

    /// A unit name as a table shows it: the all-units key becomes `wholeProvince`.
    public static func unitName(_ name: String, _ language: Language) -> String {
        name == allUnitsKey ? wholeProvince.text(language) : name
    }
}
