import Foundation
import NIOCore

/// Why `serve` could not start, worded for the admin who has to fix it.
public struct ServeError: Error, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public var description: String

    /// The provider directory could not be read or holds invalid files.
    static func providers(_ directory: String, _ error: any Error) -> ServeError {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return ServeError(
                description:
                    "\(directory) is not a directory; point --providers (MAILCONF_PROVIDERS) at your provider files"
            )
        }
        return ServeError(
            description:
                "cannot use the provider files in \(directory): \(error); `mailconf providers check \(directory)` lists every problem"
        )
    }

    /// The listening socket could not be bound.
    static func bind(host: String, port: Int, _ error: any Error) -> ServeError {
        let place = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        let advice: String
        switch (error as? IOError)?.errnoCode {
        case EADDRINUSE: advice = "the port is in use; stop what listens there or choose another --port"
        case EACCES: advice = "permission denied; ports below 1024 need root or CAP_NET_BIND_SERVICE"
        case EADDRNOTAVAIL: advice = "no interface has that address; check --host"
        default: advice = "\(error)"
        }
        return ServeError(description: "cannot listen on \(place): \(advice)")
    }
}
