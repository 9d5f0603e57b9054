/// Writes a ZIP archive in memory: deflated entries (stored when deflate does not help),
/// a fixed timestamp (1980-01-01) so the same entries give the same bytes.
public struct ZipWriter: Sendable {
    private var out: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// An empty archive.
    public init() {}

    /// Adds an entry.
    public mutating func add(_ name: String, _ data: [UInt8]) {
        let crc = Zlib.crc32(data)
        let packed = Zlib.deflate(data)
        let method: UInt16 = packed.count < data.count ? 8 : 0
        let body = method == 8 ? packed : data
        let nameBytes = Array(name.utf8)
        let offset = out.count
        precondition(offset < 0xFFFF_FFFF && data.count < 0xFFFF_FFFF, "ZIP64 is not written")
        // local file header
        Self.put32(&out, 0x0403_4B50)
        Self.put16(&out, 20)  // version needed
        Self.put16(&out, 0x0800)  // flags: UTF-8 names
        Self.put16(&out, method)
        Self.put16(&out, 0)  // time 00:00
        Self.put16(&out, 0x21)  // date 1980-01-01
        Self.put32(&out, crc)
        Self.put32(&out, UInt32(body.count))
        Self.put32(&out, UInt32(data.count))
        Self.put16(&out, UInt16(nameBytes.count))
        Self.put16(&out, 0)
        out += nameBytes
        out += body
        // central directory entry
        Self.put32(&directory, 0x0201_4B50)
        Self.put16(&directory, 20)  // version made by
        Self.put16(&directory, 20)
        Self.put16(&directory, 0x0800)
        Self.put16(&directory, method)
        Self.put16(&directory, 0)
        Self.put16(&directory, 0x21)
        Self.put32(&directory, crc)
        Self.put32(&directory, UInt32(body.count))
        Self.put32(&directory, UInt32(data.count))
        Self.put16(&directory, UInt16(nameBytes.count))
        Self.put16(&directory, 0)  // extra
        Self.put16(&directory, 0)  // comment
        Self.put16(&directory, 0)  // disk
        Self.put16(&directory, 0)  // internal attributes
        Self.put32(&directory, 0)  // external attributes
        Self.put32(&directory, UInt32(offset))
        directory += nameBytes
        count += 1
    }

    /// The archive's bytes.
    public func finish() -> [UInt8] {
        var b = out
        let cdOffset = b.count
        b += directory
        Self.put32(&b, 0x0605_4B50)
        Self.put16(&b, 0)
        Self.put16(&b, 0)
        Self.put16(&b, UInt16(count))
        Self.put16(&b, UInt16(count))
        Self.put32(&b, UInt32(directory.count))
        Self.put32(&b, UInt32(cdOffset))
        Self.put16(&b, 0)
        return b
    }

    static func put16(_ b: inout [UInt8], _ v: UInt16) {
        b.append(UInt8(v & 0xFF))
        b.append(UInt8(v >> 8))
    }
    static func put32(_ b: inout [UInt8], _ v: UInt32) {
        for s in stride(from: 0, to: 32, by: 8) { b.append(UInt8((v >> UInt32(s)) & 0xFF)) }
    }
}
