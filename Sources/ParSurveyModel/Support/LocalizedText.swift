/// The two languages every label, title and report exists in.
public enum Language: String, Sendable, CaseIterable {
    /// Vietnamese (the default): `84,11`, Vietnamese titles.
    case vi
    /// English: `84.11`, English titles.
    case en
}

/// A text given in Vietnamese and English, as questionnaires and manifests declare them.
public struct LocalizedText: Sendable, Equatable, Hashable {
    /// The Vietnamese text (NFC).
    public var vi: String
    /// The English text.
    public var en: String

    /// Creates a bilingual text.
    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`, falling back to the other language when empty.
    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vi.isEmpty ? en : vi
        case .en: return en.isEmpty ? vi : en
        }
    }
}
