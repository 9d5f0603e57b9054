/// One worker's levels of a categorical column (unit, group, a kept variable): raw field
/// bytes → the level's local code. A spelling seen before costs a hash and a byte compare;
/// only a new spelling is decoded, normalised (NFC, trimmed) and matched to a level, so two
/// spellings of the same name (NFD, extra spaces) share one level.
struct LevelInterner {
    /// Spellings seen, each mapped to `codeOfSpelling[entry]`.
    private var spellings = ByteInterner()
    private var codeOfSpelling: [UInt32] = []
    /// Local levels (NFC, trimmed) in order of first appearance in this worker.
    private(set) var levels: [String] = []
    private var levelIndex: [String: UInt32] = [:]

    /// The local code of a spelling seen before.
    @inline(__always)
    func code(_ spelling: UnsafeRawBufferPointer, hash: UInt64) -> UInt32? {
        spellings.find(spelling, hash: hash).map { codeOfSpelling[$0] }
    }

    /// Records that `spelling` means `level` and returns the level's local code.
    mutating func add(_ spelling: UnsafeRawBufferPointer, hash: UInt64, level: String) -> UInt32 {
        let code: UInt32
        if let c = levelIndex[level] {
            code = c
        } else {
            code = UInt32(levels.count)
            levels.append(level)
            levelIndex[level] = code
        }
        spellings.insert(spelling, hash: hash)
        codeOfSpelling.append(code)
        return code
    }
}
