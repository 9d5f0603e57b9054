/// One worker's levels of a categorical column (unit, group, a kept variable): raw field
/// bytes → the level's local code. A short spelling seen before (up to 8 bytes: most codes,
/// communes, genders, age groups) is found in a small direct-mapped cache by one 64-bit
/// compare; a longer one costs a hash and a byte compare. Only a new spelling is decoded,
/// normalised (NFC, trimmed) and matched to a level, so two spellings of the same name
/// (NFD, extra spaces) share one level.
struct LevelInterner {
    /// Spellings seen, each mapped to `codeOfSpelling[entry]`.
    private var spellings = ByteInterner()
    private var codeOfSpelling: [UInt32] = []
    /// Local levels (NFC, trimmed) in order of first appearance in this worker.
    private(set) var levels: [String] = []
    private var levelIndex: [String: UInt32] = [:]
    /// Short-spelling cache: the spelling's bytes as a little-endian word, and
    /// `length << 24 | (code + 1)` (0: empty slot).
    private var shortKeys = [UInt64](repeating: 0, count: 64)
    private var shortTags = [UInt32](repeating: 0, count: 64)

    /// A short spelling's bytes as a little-endian word (zero above its length).
    @inline(__always)
    static func word(_ s: UnsafeRawBufferPointer) -> UInt64 {
        var key: UInt64 = 0
        for i in 0..<s.count { key |= UInt64(s[i]) &<< (UInt64(i) &* 8) }
        return key
    }

    /// The cache slot of a short spelling's word.
    @inline(__always)
    private static func slot(_ word: UInt64, length: Int) -> Int {
        Int(truncatingIfNeeded: ((word ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// The code of a short spelling (1–8 bytes) if the short-spelling cache holds it: `word`
    /// is `LevelInterner.word` of it. Nil means "ask `code`".
    @inline(__always)
    func cachedCode(word: UInt64, length: Int) -> UInt32? {
        let slot = Self.slot(word, length: length)
        let tag = shortTags.withUnsafeBufferPointer { $0[slot] }
        guard tag >> 24 == UInt32(length), tag != 0, shortKeys.withUnsafeBufferPointer({ $0[slot] }) == word else { return nil }
        return (tag & 0xFF_FFFF) - 1
    }

    /// The local code of a spelling seen before.
    @inline(__always)
    mutating func code(_ spelling: UnsafeRawBufferPointer) -> UInt32? {
        if spelling.count <= 8 {
            if let c = cachedCode(word: Self.word(spelling), length: spelling.count) { return c }
            guard let e = spellings.find(spelling, hash: ByteHash.of(spelling)) else { return nil }
            remember(spelling, codeOfSpelling[e])
            return codeOfSpelling[e]
        }
        return spellings.find(spelling, hash: ByteHash.of(spelling)).map { codeOfSpelling[$0] }
    }

    private mutating func remember(_ spelling: UnsafeRawBufferPointer, _ code: UInt32) {
        guard spelling.count <= 8, code < 0xFF_FFFF else { return }
        let key = Self.word(spelling)
        let slot = Self.slot(key, length: spelling.count)
        shortKeys[slot] = key
        shortTags[slot] = UInt32(spelling.count) << 24 | (code + 1)
    }

    /// Records that `spelling` means `level` and returns the level's local code.
    mutating func add(_ spelling: UnsafeRawBufferPointer, level: String) -> UInt32 {
        let code: UInt32
        if let c = levelIndex[level] {
            code = c
        } else {
            code = UInt32(levels.count)
            levels.append(level)
            levelIndex[level] = code
        }
        spellings.insert(spelling, hash: ByteHash.of(spelling))
        codeOfSpelling.append(code)
        remember(spelling, code)
        return code
    }
}
