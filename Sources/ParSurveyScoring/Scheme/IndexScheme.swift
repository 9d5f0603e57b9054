import ParSurveyModel
/// The shape of a PAR Index as data (`docs/SCHEMES.md`): its components and their maxima,
/// the self-assessment criteria tree, bonus and penalty items, what a missing component
/// does, rounding, grade bands and ranking groups. Points are hundredths throughout.
public struct IndexScheme: Sendable, Equatable {
    /// The file format version this build reads.
    public static let supportedSchemaVersion = 1

    /// Identifier, e.g. `binh-dinh-2021-district`.
    public var id: String
    /// Title.
    public var title: LocalizedText
    /// The full scale (hundredths; 10000 = 100 points).
    public var totalPoints: Int
    /// Components in display order.
    public var components: [SchemeComponent]
    /// Top-level self-assessment criteria (their maxima sum to the self-assessment component's).
    public var criteria: [SchemeCriterion]
    /// Bonus and penalty items.
    public var adjustments: [SchemeAdjustment]
    /// What happens to a unit that lacks a component.
    public var missingComponent: MissingComponentPolicy
    /// Grade bands, highest minimum first (empty: no grades).
    public var grades: [GradeBand]
    /// Ranking groups by unit type (empty: all units are ranked together).
    public var rankingGroups: [RankingGroup]
    /// The decision annex's template (`annex` block; nil: `AnnexTemplate.standard(for:)`).
    public var annex: AnnexTemplate? = nil

    /// The component whose points come from `source`.
    public func component(_ source: SchemeComponent.Source) -> SchemeComponent? {
        components.first { $0.source == source }
    }

    /// Every criterion of the tree, depth first, with its parent id.
    public var allCriteria: [(criterion: SchemeCriterion, parent: String?)] {
        var out: [(SchemeCriterion, String?)] = []
        func walk(_ c: SchemeCriterion, _ parent: String?) {
            out.append((c, parent))
            for s in c.children { walk(s, c.id) }
        }
        for c in criteria { walk(c, nil) }
        return out
    }

    /// The grade band of a total (hundredths), nil when the scheme has no bands or the
    /// total is below every band.
    public func grade(of total: Int) -> GradeBand? { grades.first { total >= $0.minimum } }

    /// The ranking group of a unit type (nil: none, or the scheme has no groups).
    public func rankingGroup(ofType type: String) -> RankingGroup? {
        let k = TextKey.key(type)
        return rankingGroups.first { $0.unitTypes.contains { TextKey.key($0) == k } }
    }
    /// Creates a value from its parts (used by the loaders in other modules).
    package init(
        id: String, title: LocalizedText, totalPoints: Int, components: [SchemeComponent], criteria: [SchemeCriterion],
        adjustments: [SchemeAdjustment], missingComponent: MissingComponentPolicy, grades: [GradeBand], rankingGroups: [RankingGroup]
    ) {
        self.id = id
        self.title = title
        self.totalPoints = totalPoints
        self.components = components
        self.criteria = criteria
        self.adjustments = adjustments
        self.missingComponent = missingComponent
        self.grades = grades
        self.rankingGroups = rankingGroups
    }
}

/// One component of a scheme.
public struct SchemeComponent: Sendable, Equatable {
    /// Where a component's points come from.
    public enum Source: String, Sendable, Equatable, CaseIterable {
        /// The appraised self-assessment table (sum of the top-level criteria).
        case selfAssessment
        /// A survey component scored from a questionnaire of kind `satisfaction`.
        case satisfaction
        /// A survey component scored from a questionnaire of kind `leadership`.
        case leadership
    }
    /// Identifier.
    public var id: String
    /// Title.
    public var title: LocalizedText
    /// Maximum points, hundredths. Survey points are this maximum × the component's index.
    public var maxPoints: Int
    /// Where the points come from.
    public var source: Source
    /// Creates a value from its parts (used by the loaders in other modules).
    package init(id: String, title: LocalizedText, maxPoints: Int, source: Source) {
        self.id = id
        self.title = title
        self.maxPoints = maxPoints
        self.source = source
    }
}

/// A self-assessment criterion: a parent's maximum is the sum of its children's, and a
/// unit's score for a parent, when it lists the children, is the sum of theirs.
public struct SchemeCriterion: Sendable, Equatable {
    /// Identifier (`1.3`, `1.3.1`, ...).
    public var id: String
    /// Title.
    public var title: LocalizedText
    /// Maximum points, hundredths.
    public var maxPoints: Int
    /// Sub-criteria (empty for a leaf).
    public var children: [SchemeCriterion]
    /// Creates a value from its parts (used by the loaders in other modules).
    package init(id: String, title: LocalizedText, maxPoints: Int, children: [SchemeCriterion]) {
        self.id = id
        self.title = title
        self.maxPoints = maxPoints
        self.children = children
    }
}

/// A bonus (added) or penalty (subtracted) item, scored in the self-assessment table
/// between 0 and its bound.
public struct SchemeAdjustment: Sendable, Equatable {
    /// Bonus or penalty.
    public enum Kind: String, Sendable, Equatable { case bonus, penalty }
    /// Identifier, the `criterion` of its self-assessment rows.
    public var id: String
    /// Title.
    public var title: LocalizedText
    /// Bonus or penalty.
    public var kind: Kind
    /// The largest score (hundredths).
    public var maxPoints: Int
    /// Creates a value from its parts (used by the loaders in other modules).
    package init(id: String, title: LocalizedText, kind: Kind, maxPoints: Int) {
        self.id = id
        self.title = title
        self.kind = kind
        self.maxPoints = maxPoints
    }
}

/// What happens when a unit lacks a component.
public enum MissingComponentPolicy: String, Sendable, Equatable, CaseIterable {
    /// The unit cannot be scored: an error.
    case refuse
    /// The present components' sum is rescaled to the full scale:
    /// total = round(sum × totalPoints / Σ present maxima).
    case rescale
    /// The missing component counts 0 points.
    case zero
}

/// A grade band: totals at or above `minimum` (and below the next band up).
public struct GradeBand: Sendable, Equatable {
    /// Identifier (`A`, `xuat-sac`, ...).
    public var id: String
    /// Title.
    public var title: LocalizedText
    /// Lowest total of the band, hundredths.
    public var minimum: Int
    /// Creates a value from its parts (used by the loaders in other modules).
    package init(id: String, title: LocalizedText, minimum: Int) {
        self.id = id
        self.title = title
        self.minimum = minimum
    }
}

/// Units ranked together: those whose register type is one of `unitTypes`.
public struct RankingGroup: Sendable, Equatable {
    /// Identifier.
    public var id: String
    /// Title.
    public var title: LocalizedText
    /// Register unit types in the group (`commune`, `ward`, `special zone`, ...).
    public var unitTypes: [String]
    /// Creates a value from its parts (used by the loaders in other modules).
    package init(id: String, title: LocalizedText, unitTypes: [String]) {
        self.id = id
        self.title = title
        self.unitTypes = unitTypes
    }
}
