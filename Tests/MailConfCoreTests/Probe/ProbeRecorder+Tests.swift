import Testing

@testable import MailConfCore

/// The recorder seals at the probe's deadline by the clock: what a dialogue reports after it (a connect timeout, a
/// closed connection) is dropped even when the task watching the deadline has not run yet, as on a busy machine.
@Suite struct ProbeRecorderTests {
    @Test func anUpdateAfterTheDeadlineIsDroppedBeforeTheSeal() {
        let recorder = ProbeRecorder(ProbeResult(service: .imap, host: "h"), sealedAt: .now - .seconds(1))
        #expect(!recorder.missedDeadline)
        recorder.update { $0.add(.medium, ProbeFinding.Code.portFiltered, "too late") }
        #expect(recorder.result.findings.isEmpty)
        #expect(recorder.missedDeadline, "the probe did not finish in time")
        recorder.finish { $0.add(.high, ProbeFinding.Code.timeout, "stopped") }
        #expect(recorder.result.findings.map(\.code) == [ProbeFinding.Code.timeout])
    }

    @Test func anUpdateBeforeTheDeadlineIsKept() {
        let recorder = ProbeRecorder(ProbeResult(service: .imap, host: "h"), sealedAt: .now + .seconds(3600))
        recorder.update { $0.add(.info, ProbeFinding.Code.portClosed, "in time") }
        #expect(recorder.result.findings.map(\.code) == [ProbeFinding.Code.portClosed])
        recorder.seal()
        recorder.update { $0.add(.info, ProbeFinding.Code.portClosed, "sealed") }
        #expect(recorder.result.findings.count == 1)
        #expect(!recorder.missedDeadline, "sealed by the probe, not by the clock")
    }
}
