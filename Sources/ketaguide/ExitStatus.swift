import GuideTerminal

/// The exit statuses of `ketaguide` that the chat sets itself (README,
/// "Options and exit codes"); numbers from sysexits.h where one fits, so
/// scripts and service managers can tell the cases apart.
enum ExitStatus {
    /// Staff left the kiosk with `/operator` (the unit does not restart it).
    static let operatorExit = KioskOptions.operatorExitStatus
    /// A knowledge-base file is malformed (EX_DATAERR).
    static let malformedKnowledgeBase: Int32 = 65
    /// The knowledge base, or a file it must hold, is missing (EX_NOINPUT).
    static let knowledgeBaseNotFound: Int32 = 66
    /// The operator passphrase file may be read by group or others (EX_NOPERM).
    static let passphraseFileTooOpen: Int32 = 77
    /// The operator passphrase file is missing, unreadable or empty (EX_CONFIG).
    static let passphraseFileUnusable: Int32 = 78
}
