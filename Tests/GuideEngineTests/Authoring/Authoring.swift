import Testing

/// The authoring tools' tests (validate, ingest, the unanswered log), grouped
/// so that `swift test --filter Authoring` runs exactly them.
@Suite enum Authoring {}
