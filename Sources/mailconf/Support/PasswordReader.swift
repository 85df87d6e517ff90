import Foundation
import MailConfCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `mailconf auth` gets the password: `--password-stdin`, `MAILCONF_PASSWORD`, or a prompt on the terminal
/// with echo off. Never from an argument, never printed.
enum PasswordReader {
    /// The environment variable read when `--password-stdin` is not given.
    static let environmentVariable = "MAILCONF_PASSWORD"

    /// Why no password could be read.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    static func read(fromStandardInput: Bool, prompt: String) throws -> Secret {
        if fromStandardInput {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            var text = String(decoding: data.prefix(4096), as: UTF8.self)
            if let newline = text.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) { text = String(text[..<newline]) }
            if text.hasSuffix("\r") { text.removeLast() }
            guard !text.isEmpty else {
                throw Unavailable(description: "--password-stdin: standard input holds no password")
            }
            return Secret(text)
        }
        if let value = ProcessInfo.processInfo.environment[environmentVariable], !value.isEmpty {
            return Secret(value)
        }
        return try promptOnTerminal(prompt)
    }

    private static func promptOnTerminal(_ prompt: String) throws -> Secret {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard fd >= 0 else {
            throw Unavailable(
                description: "no terminal to ask for the password; use --password-stdin or \(environmentVariable)"
            )
        }
        defer { close(fd) }
        var original = termios()
        guard tcgetattr(fd, &original) == 0 else { throw Unavailable(description: "cannot configure the terminal") }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ICANON)
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        guard tcsetattr(fd, TCSAFLUSH, &silent) == 0 else { throw Unavailable(description: "cannot turn echo off") }
        defer {
            _ = tcsetattr(fd, TCSAFLUSH, &original)
            _ = "\n".withCString { write(fd, $0, 1) }
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while Glibc.read(fd, &byte, 1) == 1, byte != 0x0A, byte != 0x0D, bytes.count < 4096 {
            bytes.append(byte)
        }
        guard !bytes.isEmpty else { throw Unavailable(description: "no password entered") }
        return Secret(String(decoding: bytes, as: UTF8.self))
    }
}
