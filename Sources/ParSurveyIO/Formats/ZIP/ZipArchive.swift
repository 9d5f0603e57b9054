/// A ZIP archive read from memory through its central directory (PKWARE APPNOTE 6.3):
/// stored and deflated entries, CRC-32 checked. Encrypted entries, ZIP64 and other
/// compression methods are refused with a typed error.
public struct ZipArchive: Sendable {
    /// One entry of the central directory.
    public struct Entry: Sendable {
        /// Path inside the archive (`xl/workbook.xml`).
        public let name: String
        let flags: UInt16
        let method: UInt16
        let crc: UInt32
        let compressedSize: Int
        /// Uncompressed size in bytes.
        public let size: Int
        let localHeaderOffset: Int
    }

    /// Largest entry the reader expands (a guard against ZIP bombs).
    public static let maxEntrySize = 1 << 30

    /// Entries in directory order.
    public let entries: [Entry]
    private let bytes: [UInt8]
    private let index: [String: Int]

    /// Reads the central directory of `bytes`.
    public init(bytes: [UInt8]) throws(ZipError) {
        self.bytes = bytes
        let n = bytes.count
        guard n >= 22 else { throw .notZip }
        // The end record is in the last 22 + 65535 (comment) bytes.
        var eocd = -1
        var i = n - 22
        let lowest = max(0, n - 22 - 0xFFFF)
        while i >= lowest {
            if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06 {
                eocd = i
                break
            }
            i -= 1
        }
        guard eocd >= 0 else { throw .notZip }
        let count = Int(Self.u16(bytes, eocd + 10))
        let cdSize = Int(Self.u32(bytes, eocd + 12))
        let cdOffset = Int(Self.u32(bytes, eocd + 16))
        if count == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF { throw .zip64 }
        if eocd >= 20 && Self.u32(bytes, eocd - 20) == 0x0706_4B50 { throw .zip64 }
        guard cdOffset <= eocd, cdOffset + cdSize <= eocd else {
            throw .corrupt("the central directory (offset \(cdOffset), \(cdSize) bytes) lies outside the file")
        }
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        var p = cdOffset
        for k in 0..<count {
            guard p + 46 <= n, Self.u32(bytes, p) == 0x0201_4B50 else {
                throw .corrupt("central directory entry \(k + 1) of \(count) has no signature at offset \(p)")
            }
            let flags = Self.u16(bytes, p + 8)
            let method = Self.u16(bytes, p + 10)
            let crc = Self.u32(bytes, p + 16)
            let csize = Self.u32(bytes, p + 20)
            let usize = Self.u32(bytes, p + 24)
            let nameLen = Int(Self.u16(bytes, p + 28))
            let extraLen = Int(Self.u16(bytes, p + 30))
            let commentLen = Int(Self.u16(bytes, p + 32))
            let local = Self.u32(bytes, p + 42)
            guard p + 46 + nameLen <= n else { throw .corrupt("central directory entry \(k + 1) is cut short") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLen)], as: UTF8.self)
            if csize == 0xFFFF_FFFF || usize == 0xFFFF_FFFF || local == 0xFFFF_FFFF { throw .zip64 }
            let e = Entry(
                name: name, flags: flags, method: method, crc: crc, compressedSize: Int(csize), size: Int(usize),
                localHeaderOffset: Int(local))
            if let first = index[name] {
                throw .corrupt("two entries are named '\(name)' (entries \(first + 1) and \(k + 1)): which one is meant cannot be known")
            }
            index[name] = entries.count
            entries.append(e)
            p += 46 + nameLen + extraLen + commentLen
        }
        self.entries = entries
        self.index = index
    }

    /// Whether an entry named `name` exists.
    public func contains(_ name: String) -> Bool { index[name] != nil }

    /// The uncompressed bytes of entry `name`, or nil if there is no such entry.
    public func data(_ name: String, limit: Int = ZipArchive.maxEntrySize) throws(ZipError) -> [UInt8]? {
        guard let k = index[name] else { return nil }
        return try data(entries[k], limit: limit)
    }

    /// The uncompressed bytes of `entry`, CRC-checked.
    public func data(_ e: Entry, limit: Int = ZipArchive.maxEntrySize) throws(ZipError) -> [UInt8] {
        if e.flags & 1 != 0 { throw .encrypted(entry: e.name) }
        if e.size > limit { throw .tooLarge(entry: e.name, size: e.size, limit: limit) }
        // DEFLATE expands at most 1,032 to 1: a larger claim is corrupt or hostile, and must not
        // make the reader allocate what it claims.
        if e.method == 8 && e.size > e.compressedSize * 1032 + 1024 {
            throw .badEntry(
                entry: e.name,
                message:
                    "the directory says \(e.compressedSize) compressed bytes expand to \(e.size), more than DEFLATE can (corrupt or hostile file)"
            )
        }
        let p = e.localHeaderOffset
        guard p + 30 <= bytes.count, Self.u32(bytes, p) == 0x0403_4B50 else {
            throw .corrupt("entry '\(e.name)': no local header at offset \(p)")
        }
        let start = p + 30 + Int(Self.u16(bytes, p + 26)) + Int(Self.u16(bytes, p + 28))
        guard start + e.compressedSize <= bytes.count else {
            throw .badEntry(entry: e.name, message: "data runs past the end of the file (truncated)")
        }
        let raw = bytes[start..<(start + e.compressedSize)]
        let out: [UInt8]
        switch e.method {
        case 0:
            guard e.compressedSize == e.size else { throw .badEntry(entry: e.name, message: "stored entry sizes differ") }
            out = Array(raw)
        case 8:
            do { out = try Zlib.inflate(raw, expectedSize: e.size) } catch { throw .badEntry(entry: e.name, message: error.message) }
        default:
            throw .unsupportedMethod(entry: e.name, method: Int(e.method))
        }
        let crc = Zlib.crc32(out)
        if crc != e.crc {
            throw .badEntry(
                entry: e.name, message: "CRC-32 mismatch (stored \(Self.hex(e.crc)), computed \(Self.hex(crc))): the data is corrupt")
        }
        return out
    }

    static func hex(_ x: UInt32) -> String {
        let s = String(x, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }

    package static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    package static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}
