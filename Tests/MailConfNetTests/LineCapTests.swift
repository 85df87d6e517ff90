import MailConfCore
import MailConfTesting
import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

@testable import MailConfNet

/// The frame decoder only frames, and caps every line — complete or not, however it arrives.
@Suite struct MailFrameDecoderTests {
    static func line(_ text: String) -> MailFrame { .line(ByteBuffer(string: text)) }

    @Test func framesLinesWithEitherLineEnding() throws {
        try ByteToMessageDecoderVerifier.verifyDecoder(
            stringInputOutputPairs: [
                ("220 hello\r\n", [Self.line("220 hello")]),
                ("250-a\n250 b\r\n", [Self.line("250-a"), Self.line("250 b")]),
                ("\r\n", [Self.line("")]),
            ],
            decoderFactory: { MailFrameDecoder(maximumLineBytes: 64) }
        )
    }

    @Test func framesIMAPLiteralsAsAnnounced() throws {
        try ByteToMessageDecoderVerifier.verifyDecoder(
            stringInputOutputPairs: [
                (
                    "* 1 FETCH (BODY {5}\r\nhello)\r\n",
                    [Self.line("* 1 FETCH (BODY {5}"), .literal(ByteBuffer(string: "hello")), Self.line(")")]
                ),
                ("* OK {3+}\r\n{x}\r\n", [Self.line("* OK {3+}"), .literal(ByteBuffer(string: "{x}")), Self.line("")]),
            ],
            decoderFactory: { MailFrameDecoder(maximumLineBytes: 64, literals: true) }
        )
    }

    @Test func literalMarkersMeanNothingOutsideIMAP() throws {
        try ByteToMessageDecoderVerifier.verifyDecoder(
            stringInputOutputPairs: [("250 {5}\r\n", [Self.line("250 {5}")])],
            decoderFactory: { MailFrameDecoder(maximumLineBytes: 64) }
        )
    }

    /// A complete line longer than the cap fails whether it arrives whole, split so that no read leaves more than
    /// the cap unterminated, or byte by byte at the end.
    @Test(arguments: [[132], [60, 72], [1, 1, 1, 129], [128, 4], [130, 2]])
    func anOverLongCompleteLineFailsHoweverItArrives(splits: [Int]) throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(MailFrameDecoder(maximumLineBytes: 128)))
        var bytes = Array((String(repeating: "x", count: 130) + "\r\n").utf8)
        var failed = false
        for size in splits where !failed {
            let part = Array(bytes.prefix(size))
            bytes.removeFirst(part.count)
            do {
                try channel.writeInbound(ByteBuffer(bytes: part))
            } catch is MailFrameDecoder.LineTooLong {
                failed = true
            }
        }
        #expect(failed, "a 130-byte line passed a 128-byte cap")
        #expect(try channel.readInbound(as: MailFrame.self) == nil, "no part of it was delivered")
        _ = try? channel.finish()
    }

    @Test func anOverLongIncompleteLineFailsBeforeItEnds() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(MailFrameDecoder(maximumLineBytes: 128)))
        #expect(throws: MailFrameDecoder.LineTooLong(maximum: 128)) {
            for _ in 0..<10 { try channel.writeInbound(ByteBuffer(string: String(repeating: "y", count: 50))) }
        }
        _ = try? channel.finish()
    }

    @Test func aLineAtTheCapPasses() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(MailFrameDecoder(maximumLineBytes: 128)))
        let text = String(repeating: "x", count: 128)
        for byte in Array((text + "\r\n").utf8) { try channel.writeInbound(ByteBuffer(bytes: [byte])) }
        #expect(try channel.readInbound(as: MailFrame.self) == Self.line(text))
        #expect(try channel.finish().isClean)
    }

    @Test func anOverLargeLiteralFailsBeforeItIsBuffered() throws {
        let decoder = MailFrameDecoder(maximumLineBytes: 64, literals: true, maximumLiteralBytes: 10)
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(decoder))
        #expect(throws: MailFrameDecoder.LiteralTooLarge(length: 11, maximum: 10)) {
            try channel.writeInbound(ByteBuffer(string: "* OK {11}\r\n"))
        }
        #expect(try channel.readInbound(as: MailFrame.self) == Self.line("* OK {11}"))
        _ = try? channel.finish()
    }

    @Test func bytesLeftWhenTheDecoderIsRemovedAreHandedOverAsLeftovers() throws {
        let handler = ByteToMessageHandler(MailFrameDecoder(maximumLineBytes: 64))
        let channel = EmbeddedChannel(handler: handler)
        try channel.writeInbound(ByteBuffer(string: "220 ready\r\ninjected"))
        #expect(try channel.readInbound(as: MailFrame.self) == Self.line("220 ready"))
        // Removal completes on the next turn of the loop, as it does before a STARTTLS handshake.
        _ = channel.pipeline.syncOperations.removeHandler(handler)
        channel.embeddedEventLoop.run()
        #expect(try channel.readInbound(as: MailFrame.self) == .leftover(ByteBuffer(string: "injected")))
        _ = try? channel.finish()
    }
}

/// The session's read queue: what is read, what waits, and what is discarded before a STARTTLS handshake.
@Suite struct FrameQueueTests {
    @Test func aReadWaitsForItsFrameAndFramesWaitForTheirRead() {
        var queue = FrameQueue()
        #expect(queue.read(.line) == .wait)
        #expect(queue.received(.line(ByteBuffer(string: "a"))) == .deliverLine(ByteBuffer(string: "a")))
        #expect(queue.received(.line(ByteBuffer(string: "b"))) == .wait)
        #expect(queue.read(.line) == .deliverLine(ByteBuffer(string: "b")))
    }

    @Test func everythingBeforeTheHandshakeIsDiscardedAndCounted() {
        var queue = FrameQueue()
        _ = queue.received(.line(ByteBuffer(string: "250 injected")))
        queue.startDiscarding()
        _ = queue.received(.leftover(ByteBuffer(string: "more")))
        let discarded = queue.endDiscarding()
        #expect(discarded.count == "250 injected\r\nmore".utf8.count)
        #expect(String(decoding: discarded.preview, as: UTF8.self) == "250 injected\r\nmore")
        #expect(queue.read(.line) == .wait, "nothing discarded is ever read")
    }

    @Test func aLiteralMustComeAsAnnounced() {
        var queue = FrameQueue()
        _ = queue.received(.line(ByteBuffer(string: "x")))
        guard case .fail(let error) = queue.read(.bytes(1)) else {
            Issue.record("a line where a literal was due must fail the read")
            return
        }
        #expect(error.kind == .protocolViolation)
    }

    @Test func aFailureFailsTheWaitingReadAndEveryLaterOne() {
        var queue = FrameQueue()
        #expect(queue.read(.line) == .wait)
        let closed = TransportError(.closed, "the server closed the connection")
        #expect(queue.failed(closed) == .fail(closed))
        #expect(queue.read(.line) == .fail(closed))
    }
}

/// Hostile servers against the real transport: an over-long complete line is cut however it is written.
@Suite(.timeLimit(.minutes(2))) struct LineCapHostileTests {
    func probe(_ server: ScriptedServer, _ service: MailService) async throws -> ProbeResult {
        var service = service
        service.port = server.port
        var options = ProbeOptions()
        options.readTimeout = .seconds(5)
        options.totalTimeout = .seconds(20)
        let prober = ServiceProber(
            connector: try NIOMailConnector(roots: TrustRoots(certificates: [])),
            options: options
        )
        return await prober.probe(service, host: "mail.test.example", address: "127.0.0.1")
    }

    @Test(arguments: [[3000], [1500, 1502], [1000, 1000, 1002]])
    func anOverLongCompleteSMTPLineIsCut(writes: [Int]) async throws {
        try await ScriptedServer.with { connection in
            var line = Array(("220 " + String(repeating: "a", count: 2996) + "\r\n").utf8)
            for size in writes {
                let part = Array(line.prefix(size))
                line.removeFirst(part.count)
                try await connection.send(bytes: part)
                try await Task.sleep(for: .milliseconds(50))
            }
            if !line.isEmpty { try await connection.send(bytes: line) }
            await connection.waitForClose()
        } body: { server in
            let result = try await probe(server, .smtp)
            #expect(result.findings.map(\.code).contains(ProbeFinding.Code.lineTooLong), "\(result.findings)")
        }
    }

    @Test func anOverLongCompleteIMAPLineIsCutAtItsOwnCap() async throws {
        try await ScriptedServer.with { connection in
            try await connection.send("* OK " + String(repeating: "b", count: 9000) + "\r\n")
            await connection.waitForClose()
        } body: { server in
            let result = try await probe(server, .imap)
            #expect(result.findings.map(\.code).contains(ProbeFinding.Code.lineTooLong), "\(result.findings)")
        }
    }
}
