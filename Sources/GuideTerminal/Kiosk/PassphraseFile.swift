import GuideEngine

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Reads the operator passphrase from its file, refusing a file that others
/// could read, as ssh refuses a private key that is readable by others.
///
/// A passphrase anyone on the machine can read protects nothing, and a
/// kiosk that silently accepts it gives a false sense of safety; so the
/// file must be a regular file with no permission for group or others
/// (`chmod 600`). The mode is checked on the opened file, not on its name,
/// so the file cannot be swapped between the check and the read.
public enum PassphraseFile {
    /// A passphrase is a line of text; a larger file is not a passphrase file.
    public static let maximumSize = 4096

    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// The file does not exist.
        case missing(path: String)
        /// The file exists but cannot be opened or read (permissions of the kiosk user, a directory…).
        case unreadable(path: String, reason: String)
        /// Group or others have some permission on the file.
        case tooOpen(path: String, mode: UInt32)
        /// The file holds no passphrase, or more than `maximumSize` bytes.
        case notAPassphrase(path: String, reason: String)

        public var description: String {
            switch self {
            case .missing(let path):
                return "the operator passphrase file \(path) does not exist; create it readable by the kiosk user only "
                    + "(printf '%s\\n' 'PASSPHRASE' > \(path); chmod 600 \(path)), or leave out --operator-passphrase-file"
            case .unreadable(let path, let reason):
                return "cannot read the operator passphrase file \(path): \(reason)"
            case .tooOpen(let path, let mode):
                let octal = String(mode & 0o777, radix: 8)
                return "permissions 0\(octal) for the operator passphrase file \(path) are too open: it must not be "
                    + "readable by group or others; run chmod 600 \(path)"
            case .notAPassphrase(let path, let reason):
                return "the operator passphrase file \(path) \(reason)"
            }
        }
    }

    /// The passphrase: the file's first line, without surrounding whitespace.
    public static func read(path: String) throws(Problem) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(path: path, reason: "it is not a regular file")
        }
        guard info.st_mode & 0o077 == 0 else { throw .tooOpen(path: path, mode: UInt32(info.st_mode)) }
        guard info.st_size <= maximumSize else {
            throw .notAPassphrase(path: path, reason: "is larger than \(maximumSize) bytes")
        }
        var bytes = [UInt8](repeating: 0, count: maximumSize + 1)
        var count = 0
        while count < bytes.count {
            let result = bytes[count...].withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if result == 0 { break }
            count += result
        }
        let text = String(decoding: bytes[..<count], as: UTF8.self)
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let passphrase = firstLine.trimmingWhitespace()
        guard !passphrase.isEmpty else { throw .notAPassphrase(path: path, reason: "is empty") }
        return passphrase
    }
}
