import ArgumentParser
import GuideEngine

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `--kb DIR`, shared by every subcommand, and the exit codes of loading.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(name: .long, help: "The knowledge-base folder (default: the bundled KnowledgeBase).")
    var kb: String?

    @Option(help: ArgumentHelp(
        "Keep the index in \(IndexCache.fileName) in the knowledge-base folder: auto (for 500 sections or more), always, never.",
        valueName: "when"))
    var indexCache: IndexCache.Policy = .automatic

    /// Loads the knowledge base and builds its engine, through the index cache.
    func engine(configuration: MatcherConfiguration = MatcherConfiguration()) throws -> ChatEngine {
        let knowledgeBase = try load()
        let loaded = ChatEngine.load(knowledgeBase, configuration: configuration, cache: indexCache)
        if loaded.cache == .notARegularFile {
            let path = IndexCache(knowledgeBaseDirectory: knowledgeBase.directory).path
            printError("ketaguide: warning: \(path) is not a regular file; the index cache is not used (remove it to use one)")
        }
        return loaded.engine
    }

    /// Loads the knowledge base or exits: 66 when it is not found, 65 when malformed.
    func load() throws -> KnowledgeBase {
        guard let directory = kb ?? KnowledgeBaseLocator.locate() else {
            printError("ketaguide: cannot find the bundled knowledge base; give its folder with --kb DIR")
            throw ExitCode(66)
        }
        do {
            return try KnowledgeBaseLoader().load(directory: directory)
        } catch let error as KnowledgeBaseError {
            switch error {
            case .notFound:
                printError("ketaguide: \(error)")
                throw ExitCode(66)
            case .malformed(let diagnostics):
                let count = diagnostics.count
                printError("ketaguide: the knowledge base has \(count) error\(count == 1 ? "" : "s"):\n\(error)")
                throw ExitCode(65)
            }
        }
    }
}

extension IndexCache.Policy: ExpressibleByArgument {}
