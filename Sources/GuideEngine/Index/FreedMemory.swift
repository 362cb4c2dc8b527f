#if canImport(Glibc)
import Glibc
#endif

/// glibc keeps memory a program frees for its own later use instead of
/// giving it back to the system. Building a large index frees tens of
/// megabytes of working memory (one half's word tables, phrase table and
/// scratch space) just before it lays out the final postings; unless that
/// memory is handed back first, the process's peak counts it twice.
enum FreedMemory {
    /// Returns the free memory of every heap to the system: glibc's
    /// `malloc_trim`, looked up at run time (Swift's Glibc module does not
    /// declare it, and other C libraries may not have it).
    static func giveBack() {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
