import Foundation
import Testing
@testable import ParSurvey

/// SHA-256 against the FIPS 180-4 example vectors and a file checked with `sha256sum`.
@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // The 448-bit message: padding spills into a second block.
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // The 896-bit message.
        let long = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hex(Array(long.utf8)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func piecesGiveTheSameDigestAsTheWhole() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        var h = SHA256()
        for cut in stride(from: 0, to: 1000, by: 37) { h.update(bytes[cut..<min(cut + 37, 1000)]) }
        #expect(h.hexDigest() == SHA256.hex(bytes))
        // 55, 56 and 64 bytes of "a": the padding boundaries (values from `printf a... | sha256sum`).
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func fileAsSha256sumGivesIt() throws {
        // $ sha256sum Samples/binh-dinh-2021/citizens/tay-son.csv
        // c641eba8a790a4705d630cce85e733086952e4496275bd4aeb97820d453f8b94  Samples/binh-dinh-2021/citizens/tay-son.csv
        let (hex, bytes) = try SHA256.file(TestPaths.sample + "/citizens/tay-son.csv")
        #expect(hex == "c641eba8a790a4705d630cce85e733086952e4496275bd4aeb97820d453f8b94")
        #expect(bytes == 24830)
        #expect(throws: InputFile.ReadFailure.self) { try SHA256.file(TestPaths.sample + "/no-such-file.csv") }
    }
}
