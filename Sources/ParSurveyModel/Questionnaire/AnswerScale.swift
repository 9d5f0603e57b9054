/// One answer option of a scale.
public struct AnswerOption: Sendable {
    /// The token written in data files (`"4"`, `"A"`).
    public let code: String
    /// Bilingual label; data may give the label instead of the code.
    public let label: LocalizedText
    /// Credit 0..1 for the mean-credit method (nil when the scale does not give one).
    public let credit: Double?
    /// Counts as satisfied for the share-satisfied method.
    public let satisfied: Bool
    /// "Don't know" / "cannot assess": leaves the denominator like a blank cell.
    public let missing: Bool

    package init(code: String, label: LocalizedText, credit: Double? = nil, satisfied: Bool, missing: Bool) {
        self.code = code
        self.label = label
        self.credit = credit
        self.satisfied = satisfied
        self.missing = missing
    }
}

/// An answer scale: its options, and a lookup from any accepted spelling to the option.
///
/// In a `ResponseTable` an answer is stored as a byte: 0 for a blank cell, otherwise the
/// 1-based position of the option in `options`.
public struct AnswerScale: Sendable {
    /// Identifier, e.g. `satisfaction5`.
    public let id: String
    /// Bilingual title (may be empty).
    public let title: LocalizedText
    /// The options in order; at most 254.
    public let options: [AnswerOption]
    private let lookup: [String: UInt8]

    package init(id: String, title: LocalizedText, options: [AnswerOption]) throws(DuplicateSpelling) {
        self.id = id
        self.title = title
        self.options = options
        var lookup: [String: UInt8] = [:]
        for (i, o) in options.enumerated() {
            let code = UInt8(i + 1)
            for spelling in [o.code, o.label.vi, o.label.en] where !spelling.isEmpty {
                let k = TextKey.key(spelling)
                if let other = lookup[k], other != code {
                    throw DuplicateSpelling(spelling: spelling, first: Int(other) - 1, second: i)
                }
                lookup[k] = code
            }
        }
        self.lookup = lookup
    }

    /// Two options share a code or label.
    package struct DuplicateSpelling: Error {
        package let spelling: String
        package let first: Int
        package let second: Int
    }

    /// The stored byte (1-based option position) for a code or label, or nil if it matches none.
    /// Case, surrounding spaces and NFC/NFD do not matter.
    public func code(for text: String) -> UInt8? {
        if let c = lookup[text] { return c }
        return lookup[TextKey.key(text)]
    }

    /// The option of a stored byte (nil for 0, a blank cell).
    public func option(_ stored: UInt8) -> AnswerOption? {
        stored == 0 || Int(stored) > options.count ? nil : options[Int(stored) - 1]
    }

    /// The accepted answers with their Vietnamese labels only, for Vietnamese messages:
    /// `1 "Rất không hài lòng", 2 "Không hài lòng", …`.
    public var acceptedListVietnamese: String {
        options.map { o in o.label.vi.isEmpty ? o.code : "\(o.code) \"\(o.label.vi)\"" }.joined(separator: ", ")
    }

    /// A short list of the accepted answers, for error messages: `1 "Rất không hài lòng", …`.
    public var acceptedList: String {
        options.map { o in
            o.label.vi.isEmpty
                ? o.code : "\(o.code) \"\(o.label.vi)\"" + (o.label.en.isEmpty || o.label.en == o.label.vi ? "" : " / \"\(o.label.en)\"")
        }.joined(separator: ", ")
    }
}
