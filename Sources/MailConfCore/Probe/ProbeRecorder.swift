import Synchronization

/// The result of a probe under construction, shared between the dialogue and the deadline that may cut it short,
/// so that whatever was learnt before a timeout is kept.
final class ProbeRecorder: Sendable {
    private let state: Mutex<ProbeResult>
    private let transportBox = Mutex<(any MailTransport)?>(nil)

    init(_ result: ProbeResult) {
        state = Mutex(result)
    }

    func update(_ body: (inout ProbeResult) -> Void) {
        state.withLock { body(&$0) }
    }

    var result: ProbeResult { state.withLock { $0 } }

    func attach(_ transport: any MailTransport) {
        transportBox.withLock { $0 = transport }
    }

    var transport: (any MailTransport)? { transportBox.withLock { $0 } }
}
