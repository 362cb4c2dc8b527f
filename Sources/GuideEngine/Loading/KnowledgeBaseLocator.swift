import Foundation

/// Finds the bundled knowledge base when no `--kb` is given, for `swift run`
/// in the repository and for an installed binary alike.
///
/// Looked for, in order: `$KETAGUIDE_KB`; `../share/ketaguide/KnowledgeBase`
/// next to the executable (an install under a prefix); a `KnowledgeBase`
/// folder in the executable's folder or any folder above it (the repository,
/// for `.build/debug/ketaguide`); `./KnowledgeBase`.
public enum KnowledgeBaseLocator {
    public static let folderName = "KnowledgeBase"
    public static let environmentVariable = "KETAGUIDE_KB"

    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String = CommandLine.arguments.first ?? "",
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> String? {
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: currentDirectory))
            .resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        candidates.append(folder.appendingPathComponent("../share/ketaguide/\(folderName)").standardizedFileURL)
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent(folderName))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent(folderName))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("guide.conf").path) }?.path
    }
}
