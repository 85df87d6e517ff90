/// MailConf's version, printed by `mailconf --version` and sent in protocol greetings.
public enum MailConfVersion {
    /// Semantic version of this build.
    public static let string = "0.1.0"
}
