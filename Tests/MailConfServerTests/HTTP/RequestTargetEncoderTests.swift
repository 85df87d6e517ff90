import NIOCore
import Testing

@testable import MailConfServer

/// Raw UTF-8 in request targets becomes percent-encoded; nothing else changes, bodies and headers least of all.
@Suite struct RequestTargetEncoderTests {
    /// `input` through a fresh encoder, cut into pieces of `size` bytes (the reads a client's trickle makes).
    func encode(_ input: [UInt8], in size: Int = Int.max) -> [UInt8] {
        var encoder = RequestTargetEncoder()
        var output: [UInt8] = []
        var start = 0
        while start < input.count {
            let end = min(input.count, start + size)
            output += Array(encoder.process(ByteBuffer(bytes: input[start..<end])).readableBytesView)
            start = end
        }
        return output
    }

    @Test(arguments: [1, 2, 7, Int.max])
    func rawUTF8IsEncodedInEveryRequestLineButNotInBodiesOrHeaders(_ size: Int) {
        let body = "<x>ö</x>"
        let input =
            "GET /a?e=ö HTTP/1.1\r\nHost: a\r\nX-Name: Jürgen\r\n\r\n"
            + "POST /b?e=ş HTTP/1.1\r\nHost: a\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
            + "\r\nGET /c?e=ğ HTTP/1.1\r\n\r\n"
        let expected =
            "GET /a?e=%C3%B6 HTTP/1.1\r\nHost: a\r\nX-Name: Jürgen\r\n\r\n"
            + "POST /b?e=%C5%9F HTTP/1.1\r\nHost: a\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
            + "\r\nGET /c?e=%C4%9F HTTP/1.1\r\n\r\n"
        #expect(String(decoding: encode(Array(input.utf8), in: size), as: UTF8.self) == expected)
    }

    @Test(arguments: [[0xC3, 0x28], [0xFF], [0x80], [0xE2, 0x82]] as [[UInt8]])
    func invalidUTF8KeepsARawByteThatTheParserRefuses(_ invalid: [UInt8]) {
        let input: [UInt8] = Array("GET /a?e=".utf8) + invalid + Array(" HTTP/1.1\r\n\r\n".utf8)
        #expect(encode(input).contains { $0 >= 0x80 }, "\(invalid)")
    }

    @Test func afterAChunkedBodyNothingIsRewritten() {
        let input =
            "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nö\r\n0\r\n\r\nGET /b?e=ö HTTP/1.1\r\n\r\n"
        #expect(encode(Array(input.utf8)) == Array(input.utf8))
    }

    @Test func aBufferWithNothingToEncodeIsPassedOnAsItIs() {
        var encoder = RequestTargetEncoder()
        let buffer = ByteBuffer(string: "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(encoder.process(buffer) == buffer)
    }
}
