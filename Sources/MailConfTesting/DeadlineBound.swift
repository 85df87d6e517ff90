/// How late a test lets an operation with a deadline end before calling it a hang.
///
/// The test suite runs everything at once on two cores, next to headless Chromium and dozens of `mailconf`
/// processes; CI once saw a 0.1 s probe take 18 s. A bound of deadline + slack still catches what these tests are
/// about: a hostile or silent peer holding the operation for as long as it likes (their peers wait longer than any
/// bound). How fast the deadline lets go is for the benchmarks, not for assertions.
public enum DeadlineBound {
    /// The allowance for scheduling on a loaded machine.
    public static let slack = Duration.seconds(30)

    /// The longest an operation with `deadline` may take in a test.
    public static func of(_ deadline: Duration) -> Duration { deadline + slack }
}
