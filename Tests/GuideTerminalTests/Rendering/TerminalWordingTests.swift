import GuideEngine
import GuideTerminal
import Testing

/// The banner's and the kiosk welcome's own lines come from guide.conf too.
struct TerminalWordingTests {
    static let settings = GuideSettings(
        name: "Guide", topic: "t", subject: [], about: "About.", disclaimer: "Not advice.", getHelp: "Get help.",
        replies: ["banner-hint": "Tapez une question.", "kiosk-welcome": "Choisissez un numéro :"],
        suggestions: ["Q1?"])

    @Test func theBannerHintIsGuideConfs() {
        let banner = InteractiveSession.banner(settings: Self.settings, style: .plain, width: 80)
        #expect(banner.hasSuffix("\nTapez une question."))
        #expect(!banner.contains("Type a question"))
    }

    @Test func theKioskWelcomeIsGuideConfs() {
        let welcome = KioskSession.welcome(settings: Self.settings, style: .plain, width: 80)
        #expect(welcome.contains("Choisissez un numéro :\n  1. Q1?"))
        #expect(!welcome.contains("Type a question"))
    }
}
