import Foundation

extension KnowledgeBaseValidator {
    /// `check:` lines of the safety model whose probability the guide does
    /// not compute: the model was fitted to other embeddings or other word
    /// pieces, so it would flag other sentences than its author measured
    /// (error: the safety screen depends on it).
    func safetyModelMismatches(in knowledgeBase: KnowledgeBase) -> [Diagnostic] {
        let files = LanguageFiles(language: knowledgeBase.settings.language)
        return [(knowledgeBase.safety.model, files.safetyModel, "train.py"), (knowledgeBase.safety.questionModel, files.safetyQuestionModel, "train_questions.py")]
            .flatMap { model, file, tool in mismatches(of: model, in: knowledgeBase, path: knowledgeBase.displayName + "/" + file, tool: tool) }
    }

    private func mismatches(of model: SafetyModel?, in knowledgeBase: KnowledgeBase, path: String, tool: String) -> [Diagnostic] {
        guard let model, let embeddings = knowledgeBase.embeddings else { return [] }
        return model.checks.compactMap { check in
            let computed = embeddings.vectorAndPieces(of: check.sentence).map { model.probability(of: $0.vector, pieces: $0.pieces) } ?? 0
            guard abs(computed - check.probability) > SafetyModel.checkTolerance else { return nil }
            let guide = String(format: "%.4f", computed)
            return Diagnostic(
                path: path, line: check.line,
                message: "the guide computes \(guide) for this sentence, the fitting tool \(check.probability): fit the model again (tools/safety-model/\(tool))")
        }
    }
}
