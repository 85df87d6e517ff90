import MailConfCore
import Testing

@Suite struct AuthMethodMechanismTests {
    @Test(arguments: [
        ("PLAIN", AuthMethod.passwordCleartext), ("login", .passwordCleartext), ("USER", .passwordCleartext),
        ("CRAM-MD5", .passwordEncrypted), ("APOP", .passwordEncrypted), ("SCRAM-SHA-256-PLUS", .passwordEncrypted),
        ("xoauth2", .oauth2), ("OAUTHBEARER", .oauth2), ("NTLM", .ntlm), ("GSSAPI", .gssapi),
        ("EXTERNAL", .clientCertificate),
    ])
    func mechanismsMapToTheirMethod(_ mechanism: String, _ method: AuthMethod) {
        #expect(AuthMethod(mechanism: mechanism) == method)
    }

    @Test func unknownMechanismsMapToNothing() {
        for name in ["ANONYMOUS", "X-MADE-UP", "", "SCRAM"] {
            #expect(AuthMethod(mechanism: name) == nil, "\(name)")
        }
    }
}
