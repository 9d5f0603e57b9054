/// Why a unit named in a batch is not a unit of the survey year: the unit register knows it,
/// but none of its entries is valid in `year` (a unit merged, split or created that year).
/// `english` is the reject reason as it has always read; the message catalogue words it in
/// Vietnamese.
public struct UnitValidity: Sendable, Hashable {
    /// One register entry of the name: its id and validity dates (`YYYY-MM-DD`, empty: open).
    public struct Entry: Sendable, Hashable {
        /// The register id.
        public var id: String
        /// First day of validity (empty: since always).
        public var validFrom: String
        /// Last day of validity (empty: still valid).
        public var validTo: String

        /// An entry of the register.
        public init(id: String, validFrom: String, validTo: String) {
            self.id = id
            self.validFrom = validFrom
            self.validTo = validTo
        }
    }

    /// The survey year.
    public var year: Int
    /// The register file.
    public var register: String
    /// The register's entries of the name, none valid in `year`.
    public var entries: [Entry]

    /// The validity of a name in `year`, from `register`'s `entries`.
    public init(year: Int, register: String, entries: [Entry]) {
        self.year = year
        self.register = register
        self.entries = entries
    }

    /// `unit not valid in 2025 (register r.csv: BD-TS-01 2015-01-01 – 2025-06-30)`.
    public var english: String {
        let list = entries.map { "\($0.id) \($0.validFrom.isEmpty ? "…" : $0.validFrom) – \($0.validTo.isEmpty ? "…" : $0.validTo)" }
        return "unit not valid in \(year) (register \(register): " + list.joined(separator: "; ") + ")"
    }

    /// `đơn vị không có hiệu lực trong năm 2025 (danh mục r.csv: mã BD-TS-01 có hiệu lực từ
    /// 01/01/2015 đến 30/06/2025)`.
    public var vietnamese: String {
        func day(_ iso: String) -> String {
            let p = iso.split(separator: "-")
            return p.count == 3 ? "\(p[2])/\(p[1])/\(p[0])" : iso
        }
        let list = entries.map { e in
            switch (e.validFrom.isEmpty, e.validTo.isEmpty) {
            case (false, false): return "mã \(e.id) có hiệu lực từ \(day(e.validFrom)) đến \(day(e.validTo))"
            case (false, true): return "mã \(e.id) có hiệu lực từ \(day(e.validFrom))"
            case (true, false): return "mã \(e.id) có hiệu lực đến \(day(e.validTo))"
            case (true, true): return "mã \(e.id)"
            }
        }
        return "đơn vị không có hiệu lực trong năm \(year) (danh mục đơn vị \(register): " + list.joined(separator: "; ") + ")"
    }
}
