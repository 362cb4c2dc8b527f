/// The one place the version is written: `ketaguide --version`, the man
/// page (generated from the command's definition) and `make install` read it here.
enum Version {
    static let current = "0.9.0"
}
