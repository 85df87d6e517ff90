import NIOCore

/// Watches the first bytes a server sends on a TLS connection, passing them on unchanged, to learn what NIOSSL
/// does not expose: the negotiated cipher suite and version from the ServerHello (RFC 8446 §4.1.3), an alert sent
/// instead, or a plaintext greeting on a port that should speak TLS.
///
/// It reads at most 16 KiB and never alters the stream.
final class ServerHelloSniffer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let observations: TLSObservations
    private var seen = ByteBuffer()
    private var done = false
    private static let limit = 16 * 1024

    init(observations: TLSObservations) {
        self.observations = observations
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if !done {
            var copy = unwrapInboundIn(data)
            seen.writeBuffer(&copy)
            inspect()
            if seen.readableBytes > Self.limit { finish() }
        }
        context.fireChannelRead(data)
    }

    private func finish() {
        done = true
        seen = ByteBuffer()
    }

    private func inspect() {
        let bytes = Array(seen.readableBytesView)
        guard let first = bytes.first else { return }
        guard (0x14...0x17).contains(first) else {
            // Not a TLS record: keep the first line as the plaintext the server sent.
            let line = bytes.prefix { $0 != 0x0A && $0 != 0x0D }.prefix(200)
            guard line.count < bytes.count || bytes.count >= 200 else { return }
            observations.update { $0.plaintext = String(decoding: line, as: UTF8.self) }
            finish()
            return
        }
        if first == 0x15, bytes.count >= 7 {
            observations.update { $0.alert = bytes[6] }
            finish()
            return
        }
        // Gather the payloads of the leading handshake records (the last may still be partial).
        var payload: [UInt8] = []
        var offset = 0
        while offset + 5 <= bytes.count, bytes[offset] == 0x16 {
            let length = Int(bytes[offset + 3]) << 8 | Int(bytes[offset + 4])
            let end = min(offset + 5 + length, bytes.count)
            payload += bytes[(offset + 5)..<end]
            offset = end
        }
        guard payload.count >= 4 else { return }
        guard payload[0] == 0x02 else {
            finish()
            return
        }
        let length = Int(payload[1]) << 16 | Int(payload[2]) << 8 | Int(payload[3])
        guard payload.count >= 4 + length else { return }
        parse(serverHello: Array(payload[4..<(4 + length)]))
    }

    private func parse(serverHello body: [UInt8]) {
        defer { finish() }
        var index = 0
        func read(_ count: Int) -> ArraySlice<UInt8>? {
            guard index + count <= body.count else { return nil }
            defer { index += count }
            return body[index..<(index + count)]
        }
        guard let legacy = read(2), read(32) != nil, let sessionLength = read(1)?.first,
            read(Int(sessionLength)) != nil,
            let cipher = read(2), read(1) != nil
        else { return }
        var version = UInt16(legacy[legacy.startIndex]) << 8 | UInt16(legacy[legacy.startIndex + 1])
        let suite = UInt16(cipher[cipher.startIndex]) << 8 | UInt16(cipher[cipher.startIndex + 1])
        if let extensionsLength = read(2) {
            let total =
                Int(extensionsLength[extensionsLength.startIndex]) << 8
                | Int(extensionsLength[extensionsLength.startIndex + 1])
            let end = min(index + total, body.count)
            while index + 4 <= end {
                guard let header = read(4) else { break }
                let type = UInt16(header[header.startIndex]) << 8 | UInt16(header[header.startIndex + 1])
                let size = Int(header[header.startIndex + 2]) << 8 | Int(header[header.startIndex + 3])
                guard let data = read(size) else { break }
                if type == 0x002B, data.count == 2 {
                    version = UInt16(data[data.startIndex]) << 8 | UInt16(data[data.startIndex + 1])
                }
            }
        }
        observations.update { state in
            state.version = version
            state.cipher = suite
        }
    }
}

@available(*, unavailable)
extension ServerHelloSniffer: Sendable {}
