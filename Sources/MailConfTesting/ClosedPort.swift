import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A loopback port where nothing listens, held for a test: a socket bound to a port the system chose, never put
/// to listen, so a connection there is refused (RST). A port merely closed again is not enough: the system may give
/// it to the next test that binds port 0, whose server then answers in its place.
public enum ClosedPort {
    /// Runs `body` with a port on 127.0.0.1 that refuses connections, held until `body` ends.
    public static func with<T>(body: (Int) async throws -> T) async throws -> T {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(message: "socket() failed: \(errno)") }
        defer { Glibc.close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                Glibc.bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else { throw Failure(message: "bind() failed: \(errno)") }
        return try await body(Int(UInt16(bigEndian: address.sin_port)))
    }

    /// Why no port could be held.
    public struct Failure: Error, CustomStringConvertible {
        /// What failed.
        public var message: String
        public var description: String { message }
    }
}
