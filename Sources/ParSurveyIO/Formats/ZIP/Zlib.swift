import CZlib

/// Raw DEFLATE (RFC 1951) and CRC-32 through the system zlib.
enum Zlib {
    /// Why a DEFLATE stream could not be inflated.
    struct InflateFailure: Error, Sendable {
        /// zlib's message or our own.
        var message: String
    }

    /// CRC-32 of `bytes` (the checksum ZIP stores).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, b.count > 0 else { return 0 }
            var crc: uLong = CZlib.crc32(0, nil, 0)
            var offset = 0
            while offset < b.count {  // uInt lengths: feed in chunks
                let n = min(b.count - offset, 1 << 30)
                crc = CZlib.crc32(crc, base + offset, uInt(n))
                offset += n
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }

    /// Inflates raw DEFLATE data that must expand to exactly `expectedSize` bytes.
    static func inflate(_ input: ArraySlice<UInt8>, expectedSize: Int) throws(InflateFailure) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: max(expectedSize, 1))
        var stream = z_stream()
        guard parsurvey_inflate_init_raw(&stream) == Z_OK else { throw InflateFailure(message: "zlib could not start inflating") }
        defer { inflateEnd(&stream) }
        let status: Int32 = input.withUnsafeBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(expectedSize)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        if status == Z_STREAM_END {
            if Int(stream.total_out) != expectedSize {
                throw InflateFailure(message: "data expands to \(stream.total_out) bytes, the directory says \(expectedSize)")
            }
            return expectedSize == 0 ? [] : output
        }
        if status == Z_BUF_ERROR && stream.avail_out == 0 {
            throw InflateFailure(message: "data expands to more than the \(expectedSize) bytes the directory says")
        }
        if status == Z_BUF_ERROR { throw InflateFailure(message: "compressed data ends early (truncated)") }
        let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
        throw InflateFailure(message: "compressed data is corrupt (\(message))")
    }

    /// Deflates `input` as raw DEFLATE at compression level 6.
    static func deflate(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard parsurvey_deflate_init_raw(&stream, 6) == Z_OK else { fatalError("zlib deflateInit2 failed") }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(input.count))) + 16
        var output = [UInt8](repeating: 0, count: bound)
        let written: Int = input.withUnsafeBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(bound)
                let status = CZlib.deflate(&stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "deflate into a deflateBound buffer must finish")
                return Int(stream.total_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
