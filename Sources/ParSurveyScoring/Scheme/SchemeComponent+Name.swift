import ParSurveyModel

extension SchemeComponent.Source {
    /// The one name of the component in tables, legends and notes ("Điểm thẩm định",
    /// "Khảo sát hài lòng", "Khảo sát lãnh đạo"); headers add the scheme's maximum.
    public var name: LocalizedText {
        switch self {
        case .selfAssessment: return LocalizedText(vi: "Điểm thẩm định", en: "Appraised score")
        case .satisfaction: return LocalizedText(vi: "Khảo sát hài lòng", en: "Satisfaction survey")
        case .leadership: return LocalizedText(vi: "Khảo sát lãnh đạo", en: "Leaders' survey")
        }
    }

    /// The short name, after `Δ` in the change columns.
    public var shortName: LocalizedText {
        switch self {
        case .selfAssessment: return LocalizedText(vi: "Thẩm định", en: "Appraised")
        case .satisfaction: return LocalizedText(vi: "Hài lòng", en: "Satisfaction")
        case .leadership: return LocalizedText(vi: "Lãnh đạo", en: "Leaders")
        }
    }
}
