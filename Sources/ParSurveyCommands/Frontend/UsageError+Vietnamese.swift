extension UsageError {
    /// A wrong command line with its English and Vietnamese messages (kind `cli.usage`).
    init(_ message: String, vi: String) {
        self.init(message, vi: vi, kind: "cli.usage")
    }

    /// The Vietnamese form of a fixed English sentence used in several messages (the
    /// "values that belong to other commands" of the option tables); itself when none.
    static func vietnamese(_ english: String) -> String {
        switch english {
        case "--format html is for 'report', 'run' and 'annex'":
            return "--format html chỉ dùng với lệnh 'report', 'run' và 'annex'"
        case "--format docx is written by 'run', 'report' and 'annex' (the decision annex)":
            return "--format docx chỉ dùng với lệnh 'run', 'report' và 'annex' (phụ lục kèm quyết định)"
        default: return english
        }
    }
}
