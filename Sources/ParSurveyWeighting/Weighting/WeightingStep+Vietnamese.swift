extension WeightingStep {
    /// The step as an officer reads it in Vietnamese (`hậu phân tầng theo commune trong từng
    /// đơn vị`); column names stay as the plan writes them, numbers take a decimal comma.
    public var vietnameseSummary: String { vietnameseSummary(naming: { $0 }) }

    /// The same with each variable written as `name` gives it (`hậu phân tầng theo xã, phường,
    /// thị trấn trong từng đơn vị` with the plan's `variables` labels).
    public func vietnameseSummary(naming name: (String) -> String) -> String {
        let within: (Bool) -> String = { $0 ? " trong từng đơn vị" : "" }
        let number: (Double) -> String = { WeightingError.number($0).replacingOccurrences(of: ".", with: ",") }
        switch self {
        case let .postStratify(s):
            return "hậu phân tầng theo \(s.margin.variables.map(name).joined(separator: " × "))\(within(s.withinUnit))"
        case let .rake(s):
            let margins = s.margins.map { $0.variables.map(name).joined(separator: " × ") }.joined(separator: "; ")
            return "cân chỉnh (raking) theo các tổng biên \(margins)\(within(s.withinUnit))"
        case let .trim(s):
            var b: [String] = []
            if let l = s.lower { b.append("không dưới \(number(l))") }
            if let u = s.upper { b.append("không quá \(number(u))") }
            var parts = ["cắt trọng số " + b.joined(separator: ", ") + (s.bounds == .relativeToMean ? " lần trọng số trung bình" : "")]
            parts.append(
                s.redistribution == .additive
                    ? "phần bị cắt chia đều cộng thêm cho các phiếu khác" : "phần bị cắt chia theo tỷ lệ trọng số các phiếu khác")
            if s.strict { parts.append("lặp lại đến khi không còn trọng số vượt ngưỡng") }
            if s.withinUnit { parts.append("trong từng đơn vị") }
            if s.rerake { parts.append("sau đó cân chỉnh lại") }
            return parts.joined(separator: ", ")
        case let .groupShares(s):
            return (s.shares == nil ? "chia đều trọng số giữa các nhóm" : "mỗi nhóm một tỷ trọng cố định") + within(s.withinUnit)
        case let .normalize(s):
            let to: String
            switch s.target {
            case .sampleSize: to = "cỡ mẫu"
            case .population: to = "dân số"
            case let .total(t): to = number(t)
            }
            return "chuẩn hóa tổng trọng số bằng \(to)\(within(s.withinUnit))"
        }
    }
}
